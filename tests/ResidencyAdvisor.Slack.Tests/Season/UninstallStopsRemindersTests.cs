using System.Text.Json.Nodes;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Season;

/// <summary>A workspace that lets the app go takes its students' reminders with it, and no other workspace's.</summary>
public sealed class UninstallStopsRemindersTests : SeasonControlsTestBed
{
    private SlackAdapterHarness _adapter = null!;

    protected override async Task StartAsync() => _adapter = await StartInstanceAsync();

    public override async Task DisposeAsync()
    {
        await _adapter.DisposeAsync();
        await base.DisposeAsync();
    }

    [Theory]
    [InlineData("app_uninstalled")]
    [InlineData("tokens_revoked")]
    public async Task Letting_the_app_go_removes_every_reminder_subscription_of_the_workspace(string kind)
    {
        ConversationKey[] here = [new("slack", FakeSlack.TeamId, "U0ONE"), new("slack", FakeSlack.TeamId, "U0TWO")];
        var elsewhere = new ConversationKey("slack", "T0OTHER", "U0THREE");
        foreach (var key in here.Append(elsewhere))
        {
            await Reminders.SubscribeAsync(new ReminderSubscription(key, DateTimeOffset.UtcNow, "America/New_York",
                new Dictionary<string, DateTimeOffset>()), default);
        }

        var handled = _adapter.Logs.Entries.Count(e => e.EventId == 3033);
        await Slack.SendEnvelopeAsync("events_api", new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = FakeSlack.TeamId, ["event_id"] = "Ev" + Guid.NewGuid().ToString("N"),
            ["event"] = kind == "tokens_revoked"
                ? new JsonObject { ["type"] = kind, ["tokens"] = new JsonObject { ["bot"] = new JsonArray("UBOT" + FakeSlack.TeamId) } }
                : new JsonObject { ["type"] = kind },
        }, null);
        await Slack.WaitUntilAsync(() => _adapter.Logs.Entries.Where(e => e.EventId == 3033).Skip(handled).FirstOrDefault(), Wait, "the uninstall");

        var left = await Reminders.ListAsync(default);
        Assert.Equal([elsewhere], left.Select(s => s.Key));
    }
}
