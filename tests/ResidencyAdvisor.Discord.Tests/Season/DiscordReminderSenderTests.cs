using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Discord.Rest;
using ResidencyAdvisor.Discord.Season;
using ResidencyAdvisor.Discord.Tests.Rest;

namespace ResidencyAdvisor.Discord.Tests.Season;

public class DiscordReminderSenderTests
{
    private const string Guild = "700000000000000001";

    private static readonly ReminderMessage Reminder = new(
        "Coming up: Rank order list certification deadline, Wednesday, March 3, 2027 at 9:00 PM EST.\nYou can turn these reminders off at any time with \"Stop reminders\".",
        ["Certify your rank order list", "Decide about SOAP"],
        "Still open on your checklist before then:");

    private static ConversationKey Student(string userId = "42") => new("discord", Guild, userId);

    private static DiscordReminderSender Sender(RestHarness harness, DmChannels? dms = null) =>
        new(harness.Client, dms ?? new DmChannels(harness.Client), TestContent.Content, harness.Logger<DiscordReminderSender>());

    [Fact]
    public async Task A_reminder_arrives_in_the_students_dm_with_its_open_tasks_and_a_stop_button()
    {
        await using var harness = await RestHarness.StartAsync();

        var delivery = await Sender(harness).SendAsync(Student(), Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Sent, delivery);
        var message = Assert.Single(harness.Server.DmsTo("42")).Message;
        Assert.Equal(Reminder.Text, (string?)message["content"]);
        var embed = message["embeds"]![0]!;
        Assert.Equal(Reminder.OpenTasksHeading, (string?)embed["title"]);
        Assert.Equal("• Certify your rank order list\n• Decide about SOAP", (string?)embed["description"]);
        var button = message["components"]![0]!["components"]![0]!;
        Assert.Equal("Stop reminders", (string?)button["label"]);
        Assert.Equal($"ra:rs:{Guild}:0", (string?)button["custom_id"]);
        Assert.Empty(message["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task Two_reminders_to_one_student_open_the_dm_channel_once()
    {
        await using var harness = await RestHarness.StartAsync();
        var sender = Sender(harness);

        await sender.SendAsync(Student(), Reminder, CancellationToken.None);
        await sender.SendAsync(Student(), Reminder, CancellationToken.None);

        Assert.Equal(["42"], harness.Server.DmOpens);
        Assert.Equal(2, harness.Server.DmsTo("42").Count);
    }

    [Fact]
    public async Task A_student_who_closed_dms_is_unreachable()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Server.CloseDms("42");

        var delivery = await Sender(harness).SendAsync(Student(), Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Unreachable, delivery);
        Assert.Contains(harness.Server.Requests, r => r.Status == 403);
        Assert.Equal(1, harness.Logs.Count(2080));
    }

    [Fact]
    public async Task A_deleted_account_is_unreachable()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Server.DeleteUser("42");

        var delivery = await Sender(harness).SendAsync(Student(), Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Unreachable, delivery);
        Assert.Empty(harness.Server.ChannelMessages);
    }

    [Fact]
    public async Task A_429_is_retried_by_the_client_and_the_reminder_is_sent()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Server.RateLimitNext("/channels/", TimeSpan.FromMilliseconds(50));

        var delivery = await Sender(harness).SendAsync(Student(), Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Sent, delivery);
        Assert.Equal([200, 429, 200], harness.Server.Requests.Select(r => r.Status));
        Assert.Single(harness.Server.DmsTo("42"));
    }

    [Fact]
    public async Task A_429_asking_for_a_longer_wait_than_the_client_allows_is_a_failure_to_retry_later()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Server.RateLimitNext("/channels/", TimeSpan.FromMinutes(5));

        var delivery = await Sender(harness).SendAsync(Student(), Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Failed, delivery);
        Assert.Empty(harness.Server.ChannelMessages);
    }

    [Fact]
    public async Task Server_errors_that_outlast_the_retries_are_a_failure_to_retry_later()
    {
        await using var harness = await RestHarness.StartAsync();
        for (var i = 0; i < 4; i++)
        {
            harness.Server.FailNext("/channels/", 503);
        }

        var delivery = await Sender(harness).SendAsync(Student(), Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Failed, delivery);
        Assert.Equal(4, harness.Server.Requests.Count(r => r.Status == 503));
    }

    [Fact]
    public async Task A_timeout_is_a_failure_to_retry_later()
    {
        await using var harness = await RestHarness.StartAsync(requestTimeout: TimeSpan.FromMilliseconds(200));
        harness.Server.DelayNext("/channels/", TimeSpan.FromSeconds(5));

        var delivery = await Sender(harness).SendAsync(Student(), Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Failed, delivery);
        Assert.Equal(1, harness.Logs.Count(2081));
    }

    [Fact]
    public async Task A_dm_channel_discord_no_longer_knows_is_opened_afresh_and_the_reminder_still_arrives()
    {
        await using var harness = await RestHarness.StartAsync();
        var sender = Sender(harness);
        await sender.SendAsync(Student(), Reminder, CancellationToken.None);
        harness.Server.DropDmChannel("42");

        var delivery = await sender.SendAsync(Student(), Reminder, CancellationToken.None);

        Assert.Equal(ReminderDelivery.Sent, delivery);
        Assert.Equal(["42", "42"], harness.Server.DmOpens);
        var messages = harness.Server.DmsTo("42");
        Assert.Equal(2, messages.Count);
        Assert.NotEqual(messages[0].ChannelId, messages[1].ChannelId);
    }

    [Fact]
    public void Rest_errors_map_to_deliveries_by_code_and_status()
    {
        Assert.Equal(ReminderDelivery.Unreachable, DiscordReminderSender.Classify(Rejected(403, 50007)));
        Assert.Equal(ReminderDelivery.Unreachable, DiscordReminderSender.Classify(Rejected(404, 10013)));
        Assert.Equal(ReminderDelivery.Unreachable, DiscordReminderSender.Classify(Rejected(403, 0)));
        Assert.Equal(ReminderDelivery.Failed, DiscordReminderSender.Classify(Rejected(429, 0)));
        Assert.Equal(ReminderDelivery.Failed, DiscordReminderSender.Classify(Rejected(502, 0)));
        Assert.Equal(ReminderDelivery.Failed, DiscordReminderSender.Classify(Rejected(404, 10003)));
        Assert.Equal(ReminderDelivery.Failed, DiscordReminderSender.Classify(Rejected(401, 0)));
    }

    [Fact]
    public void The_sender_serves_discord_keys()
    {
        Assert.Equal(Student().Platform, new DiscordReminderSender(null!, null!, null!, null!).Platform);
    }

    private static DiscordRestException Rejected(int status, int code) =>
        new("POST channels/1/messages", (System.Net.HttpStatusCode)status, code, "test");
}
