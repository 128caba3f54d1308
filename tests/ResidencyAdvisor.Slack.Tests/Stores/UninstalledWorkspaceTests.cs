using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Stores;

/// <summary>
/// Issue 18, finding 3, on each durable store: with many workspaces, a signed event from a team that never installed,
/// a late retry after an uninstall, and a turn that was running when the workspace let the app go all leave nothing
/// stored about the student and call nothing.
/// </summary>
public abstract class UninstalledWorkspaceTests : StoreBackedTestBed
{
    private const string Installed = "T0KEPT";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await InstallAsync(Slack.AddWorkspace(Installed, "Kept Medical School"));
    }

    [StoreFact]
    public async Task A_signed_message_from_a_team_that_never_installed_stores_nothing_and_calls_nothing()
    {
        var stranger = new SlackStudent(Slack, "U0STRANGER", "T0NEVER");
        var calls = Slack.Calls.Count;

        var first = await stranger.SendDmAsync("hi", eventId: "EvNEVER1");
        var second = await stranger.SendDmAsync("241", eventId: "EvNEVER2");
        var command = await stranger.SlashCommandAsync();
        await WaitForRefusalsAsync("T0NEVER", 3);

        Assert.Equal((200, 200, 200), (first.HttpStatus, second.HttpStatus, command.HttpStatus));
        Assert.Equal(calls, Slack.Calls.Count);
        Assert.Null(await Adapter.Store.LoadAsync(new ConversationKey("slack", "T0NEVER", stranger.UserId), default));
        Assert.Empty(await FindInStoreAsync("T0NEVER", stranger.UserId, "EvNEVER1", "EvNEVER2", "trigger-"));
    }

    [StoreFact]
    public async Task A_retried_event_after_the_workspace_let_the_app_go_stores_nothing_and_calls_nothing()
    {
        var student = new SlackStudent(Slack, "U0LEFT", Installed);
        await student.ClickAsync(await GreetAsync(student), "USMLE");
        await student.NextMessageAsync();
        await LetGoAsync("app_uninstalled", Installed);
        var calls = Slack.Calls.Count;

        var retry = await student.SendDmAsync("241", retryAttempt: 2);
        await WaitForRefusalsAsync(Installed, 1);

        Assert.Equal(200, retry.HttpStatus);
        Assert.Equal(calls, Slack.Calls.Count);
        Assert.Equal(0, student.UnreadMessages);
        Assert.Null(await Adapter.Store.LoadAsync(new ConversationKey("slack", Installed, student.UserId), default));
        Assert.Empty(await FindInStoreAsync(Installed, student.UserId));
    }

    [StoreFact]
    public async Task A_turn_running_when_the_workspace_let_the_app_go_is_not_kept_after_it_and_shows_nothing()
    {
        var student = new SlackStudent(Slack, "U0MIDWAY", Installed);
        await GreetAsync(student);
        Saves.Hold();
        await student.SendDmAsync("USMLE");
        await Saves.Reached.WaitAsync(Wait);

        await LetGoAsync("app_uninstalled", Installed);
        Saves.Release();
        await WaitForRefusalsAsync(Installed, 1);

        Assert.Equal(0, student.UnreadMessages);
        Assert.Null(await Adapter.Store.LoadAsync(new ConversationKey("slack", Installed, student.UserId), default));
        Assert.Empty(await FindInStoreAsync(Installed, student.UserId));
    }
}

public sealed class UninstalledWorkspaceOnSqliteTests : UninstalledWorkspaceTests
{
    protected override TestStore CreateStore() => new SqliteTestStore();
}

public sealed class UninstalledWorkspaceOnRedisTests : UninstalledWorkspaceTests, IRequiresRedis
{
    protected override TestStore CreateStore() => new RedisTestStore();
}
