using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Slack.Season;

namespace ResidencyAdvisor.Slack.Tests.Season;

public class SlackReminderSenderTests : SeasonApi
{
    private static readonly ConversationKey Key = new("slack", FakeSlack.TeamId, Student);

    private static readonly ReminderMessage Reminder = new("Rank order list certification deadline is in 7 days (Wed, Mar 3, 9:00 PM EST).",
        ["Certify your rank order list", "Decide about SOAP <before> Match week & tell your advisor"], "Still open on your checklist:");

    [Fact]
    public async Task A_reminder_arrives_in_the_students_DM_with_its_open_tasks_and_a_stop_button()
    {
        var delivery = await Sender().SendAsync(Key, Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Sent, delivery);
        Assert.Equal(["conversations.open", "chat.postMessage"], Slack.Calls.Select(c => c.Method));
        var message = Assert.Single(Slack.Messages("D" + Student));
        Assert.Contains("Rank order list certification deadline", message.Text, StringComparison.Ordinal);
        var blocks = message.Blocks;
        var text = string.Join("\n", blocks.Select(b => (string?)b!["text"]?["text"]));
        Assert.Contains("*Still open on your checklist:*", text, StringComparison.Ordinal);
        Assert.Contains("• Certify your rank order list", text, StringComparison.Ordinal);
        Assert.Contains("• Decide about SOAP &lt;before&gt; Match week &amp; tell your advisor", text, StringComparison.Ordinal);
        var button = blocks.Last()!["elements"]![0]!;
        Assert.Equal(SeasonActionIds.StopReminders, (string?)button["action_id"]);
        Assert.Equal("Stop reminders", (string?)button["text"]!["text"]);
    }

    [Fact]
    public async Task The_reminder_is_posted_with_the_workspaces_own_bot_token()
    {
        await Sender().SendAsync(Key, Reminder, CancellationToken.None);

        Assert.All(Slack.Calls, c => Assert.Equal(FakeSlack.BotToken, c.Token));
    }

    [Theory]
    [InlineData("account_inactive")]
    [InlineData("user_not_found")]
    [InlineData("cannot_dm_bot")]
    public async Task A_student_whose_DM_cannot_be_opened_is_unreachable(string error)
    {
        Slack.FailForUser(Student, error);

        var delivery = await Sender().SendAsync(Key, Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Unreachable, delivery);
        Assert.Empty(Slack.Messages("D" + Student));
    }

    [Theory]
    [InlineData("token_revoked")]
    [InlineData("invalid_auth")]
    [InlineData("not_in_channel")]
    [InlineData("account_inactive")]
    public async Task A_post_refused_for_good_is_unreachable(string error)
    {
        Slack.FailNext("chat.postMessage", error);

        Assert.Equal(ReminderDelivery.Unreachable, await Sender().SendAsync(Key, Reminder, CancellationToken.None));
    }

    [Fact]
    public async Task A_revoked_token_everywhere_is_unreachable()
    {
        Slack.RejectTokens = true;

        Assert.Equal(ReminderDelivery.Unreachable, await Sender().SendAsync(Key, Reminder, CancellationToken.None));
    }

    [Fact]
    public async Task A_team_with_no_installation_is_unreachable_and_nothing_is_called()
    {
        var sender = Sender(o => (o.ClientId, o.ClientSecret) = (FakeSlack.ClientId, FakeSlack.ClientSecret));

        var delivery = await sender.SendAsync(new ConversationKey("slack", "T0GONE", Student), Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Unreachable, delivery);
        Assert.Empty(Slack.Calls);
    }

    [Fact]
    public async Task A_rate_limit_that_outlasts_the_retries_is_a_failure_worth_trying_later()
    {
        Slack.RateLimitNext("chat.postMessage", TimeSpan.FromSeconds(1));

        var delivery = await Sender(o => o.RateLimitRetries = 0).SendAsync(Key, Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Failed, delivery);
    }

    [Fact]
    public async Task A_429_within_the_retries_is_waited_out_and_the_reminder_is_sent()
    {
        Slack.RateLimitNext("chat.postMessage", TimeSpan.FromSeconds(3));

        var delivery = await Sender().SendAsync(Key, Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Sent, delivery);
        Assert.Contains(TimeSpan.FromSeconds(3), Time.Delays);
        Assert.Single(Slack.Messages("D" + Student));
    }

    [Fact]
    public async Task Server_errors_past_the_retries_are_a_failure_worth_trying_later()
    {
        for (var i = 0; i < 3; i++)
        {
            Slack.AnswerNextRaw("chat.postMessage", new FakeRawAnswer(503, "text/plain", "unavailable"));
        }

        Assert.Equal(ReminderDelivery.Failed, await Sender().SendAsync(Key, Reminder, CancellationToken.None));
        Assert.Empty(Slack.Messages("D" + Student));
    }

    [Fact]
    public async Task Reminders_to_one_DM_wait_their_turn_in_its_rate_limit()
    {
        var sender = Sender();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(ReminderDelivery.Sent, await sender.SendAsync(Key, Reminder, CancellationToken.None));
        }

        Assert.Single(Time.Delays, d => d > TimeSpan.FromMilliseconds(900));
        Assert.Equal(4, Slack.Messages("D" + Student).Count);
    }
}
