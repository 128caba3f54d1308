using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Slack.OAuth;

namespace ResidencyAdvisor.Slack.Tests.Stores;

/// <summary>
/// Issue 18, finding 3, on each durable store: with many workspaces, a signed event from a team that never installed,
/// a late retry after an uninstall, and a turn that was running when the workspace let the app go all leave nothing
/// stored about the student and call nothing.
/// </summary>
public abstract class UninstalledWorkspaceTests : SlackTestBed
{
    private const string Installed = "T0KEPT";
    private TestStore _store = null!;
    private HeldSaves _saves = null!;

    protected override bool OverHttp => true;

    protected override bool StartAdapter => false;

    protected abstract TestStore CreateStore();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _store = CreateStore();
        var settings = new Dictionary<string, string?>(_store.Settings)
        {
            ["Slack:BotToken"] = "",
            ["Slack:ClientId"] = FakeSlack.ClientId,
            ["Slack:ClientSecret"] = FakeSlack.ClientSecret,
            ["Slack:TokenKey"] = TokenProtector.NewKey(),
        };
        await StartAdapterAsync(settings, (services, configuration) =>
        {
            _store.AddTo(services, configuration);
            services.AddSingleton(sp => new HeldSaves(_store.Conversations(sp)));
            services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<HeldSaves>());
        });
        _saves = Adapter.Services.GetRequiredService<HeldSaves>();
        Slack.AddWorkspace(Installed, "Kept Medical School");
        using var browser = new FakeBrowser();
        Assert.Equal(HttpStatusCode.OK, (await browser.InstallAsync(Adapter.InstallUrl, Slack, Installed)).Status);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _store.Dispose();
    }

    [StoreFact]
    public async Task A_signed_message_from_a_team_that_never_installed_stores_nothing_and_calls_nothing()
    {
        var stranger = new SlackStudent(Slack, "U0STRANGER", "T0NEVER");
        var calls = Slack.Calls.Count;

        var first = await stranger.SendDmAsync("hi");
        var second = await stranger.SendDmAsync("241");
        await WaitForRefusalsAsync("T0NEVER", 2);

        Assert.Equal((200, 200), (first.HttpStatus, second.HttpStatus));
        Assert.Equal(calls, Slack.Calls.Count);
        Assert.Null(await Adapter.Store.LoadAsync(new ConversationKey("slack", "T0NEVER", stranger.UserId), default));
        Assert.Empty(await _store.FindAsync(Adapter.Services, "T0NEVER", stranger.UserId));
    }

    [StoreFact]
    public async Task A_retried_event_after_the_workspace_let_the_app_go_stores_nothing_and_calls_nothing()
    {
        var student = new SlackStudent(Slack, "U0LEFT", Installed);
        await student.ClickAsync(await GreetAsync(student), "USMLE");
        await student.NextMessageAsync();
        await UninstallAsync();
        var calls = Slack.Calls.Count;

        var retry = await student.SendDmAsync("241", retryAttempt: 2);
        await WaitForRefusalsAsync(Installed, 1);

        Assert.Equal(200, retry.HttpStatus);
        Assert.Equal(calls, Slack.Calls.Count);
        Assert.Equal(0, student.UnreadMessages);
        Assert.Null(await Adapter.Store.LoadAsync(new ConversationKey("slack", Installed, student.UserId), default));
        Assert.Empty(await _store.FindAsync(Adapter.Services, Installed, student.UserId));
    }

    [StoreFact]
    public async Task A_turn_running_when_the_workspace_let_the_app_go_is_not_kept_after_it_and_shows_nothing()
    {
        var student = new SlackStudent(Slack, "U0MIDWAY", Installed);
        await GreetAsync(student);
        _saves.Hold();
        await student.SendDmAsync("USMLE");
        await _saves.Reached.WaitAsync(Wait);

        await UninstallAsync();
        _saves.Release();
        await WaitForRefusalsAsync(Installed, 1);

        Assert.Equal(0, student.UnreadMessages);
        Assert.Null(await Adapter.Store.LoadAsync(new ConversationKey("slack", Installed, student.UserId), default));
        Assert.Empty(await _store.FindAsync(Adapter.Services, Installed, student.UserId));
    }

    private async Task UninstallAsync()
    {
        var uninstall = await Slack.SendEnvelopeAsync("events_api", new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = Installed, ["event_id"] = "EvGone" + Guid.NewGuid().ToString("N"),
            ["event"] = new JsonObject { ["type"] = "app_uninstalled" },
        }, null);
        Assert.Equal(200, uninstall.HttpStatus);
        await Slack.WaitUntilAsync(() => Adapter.Logs.Entries.FirstOrDefault(e => e.EventId == 3033), Wait, "the uninstall to be handled");
    }

    /// <summary>Waits for the adapter to say it turned events of <paramref name="team"/> away (nothing else shows it).</summary>
    private Task<CapturedLog> WaitForRefusalsAsync(string team, int count) =>
        Slack.WaitUntilAsync(() => Adapter.Logs.Entries.Where(e => e.EventId == 3039 && e.Message.Contains(team, StringComparison.Ordinal))
            .Skip(count - 1).FirstOrDefault(), Wait, $"{count} event(s) of {team} turned away");
}

public sealed class UninstalledWorkspaceOnSqliteTests : UninstalledWorkspaceTests
{
    protected override TestStore CreateStore() => new SqliteTestStore();
}

public sealed class UninstalledWorkspaceOnRedisTests : UninstalledWorkspaceTests, IRequiresRedis
{
    protected override TestStore CreateStore() => new RedisTestStore();
}
