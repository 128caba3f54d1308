using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Slack.OAuth;
using ResidencyAdvisor.Slack.SocketMode;

namespace ResidencyAdvisor.Slack.Tests.Stores;

/// <summary>
/// The adapter over HTTP for many workspaces ("Add to Slack") on a durable store (SQLite or Redis, per subclass), its
/// conversation saves wrapped in <see cref="HeldSaves"/> so a test can catch a turn mid-way.
/// </summary>
public abstract class StoreBackedTestBed : SlackTestBed
{
    private TestStore _store = null!;
    private Dictionary<string, string?> _settings = null!;
    private SlackAdapterHarness? _second;

    protected override bool OverHttp => true;

    protected override bool StartAdapter => false;

    protected HeldSaves Saves { get; private set; } = null!;

    protected abstract TestStore CreateStore();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _store = CreateStore();
        _settings = ManyWorkspaceSettings();
        foreach (var (name, value) in _store.Settings)
        {
            _settings[name] = value;
        }

        await StartAdapterAsync(_settings, (services, configuration) =>
        {
            _store.AddTo(services, configuration);
            services.AddSingleton(sp => new HeldSaves(_store.Conversations(sp)));
            services.AddSingleton<IConversationStore>(sp => sp.GetRequiredService<HeldSaves>());
        });
        Saves = Adapter.Services.GetRequiredService<HeldSaves>();
    }

    public override async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        await base.DisposeAsync();
        _store.Dispose();
    }

    /// <summary>
    /// A second instance of the bot on the same store and settings (as behind a load balancer); from now on the fake
    /// delivers Slack's requests to it.
    /// </summary>
    protected async Task<SlackAdapterHarness> StartSecondInstanceAsync() =>
        _second = await SlackAdapterHarness.StartOverHttpAsync(Slack, _settings, services: (services, configuration) => _store.AddTo(services, configuration));

    /// <summary>An admin installs the app for <paramref name="workspace"/> (a workspace, or an org org-wide); returns the page they see.</summary>
    protected async Task<string> InstallAsync(FakeWorkspace workspace)
    {
        using var browser = new FakeBrowser();
        var (status, page) = await browser.InstallAsync(Adapter.InstallUrl, Slack, workspace.TeamId);
        Assert.Equal(HttpStatusCode.OK, status);
        return page;
    }

    /// <summary>Sends app_uninstalled or tokens_revoked (naming the bot) as Slack does, and waits until it has been handled.</summary>
    protected async Task LetGoAsync(string kind, string? team, string? enterprise = null, bool enterpriseInstall = false)
    {
        var handled = Adapter.Logs.Entries.Count(e => e.EventId == 3033);
        var letGo = await Slack.SendEnvelopeAsync("events_api", new JsonObject
        {
            ["type"] = "event_callback", ["team_id"] = team, ["enterprise_id"] = enterprise, ["event_id"] = "Ev" + Guid.NewGuid().ToString("N"),
            ["authorizations"] = enterprise is null ? null : new JsonArray(new JsonObject
            {
                ["enterprise_id"] = enterprise, ["team_id"] = enterpriseInstall ? null : team, ["is_bot"] = true,
                ["is_enterprise_install"] = enterpriseInstall,
            }),
            ["event"] = kind == "tokens_revoked"
                ? new JsonObject { ["type"] = kind, ["tokens"] = new JsonObject { ["bot"] = new JsonArray("UBOT" + (team ?? enterprise)) } }
                : new JsonObject { ["type"] = kind },
        }, null);
        Assert.Equal(200, letGo.HttpStatus);
        await Slack.WaitUntilAsync(() => Adapter.Logs.Entries.Where(e => e.EventId == 3033).Skip(handled).FirstOrDefault(), Wait,
            $"the {kind} to be handled");
    }

    /// <summary>Waits for the adapter to say it turned events of <paramref name="scope"/> away (nothing else shows it).</summary>
    protected Task<CapturedLog> WaitForRefusalsAsync(string scope, int count) =>
        Slack.WaitUntilAsync(() => Adapter.Logs.Entries.Where(e => e.EventId == 3039 && e.Message.Contains(scope, StringComparison.Ordinal))
            .Skip(count - 1).FirstOrDefault(), Wait, $"{count} event(s) of {scope} turned away");

    /// <summary>
    /// Where any of <paramref name="needles"/> is still held by the store (the database files' bytes, or Redis keys and
    /// values), once every acknowledged turn has finished (a reply is seen before its turn records the message's id).
    /// SQLite truncates the WAL after an erasure unless a reader holds it; its checkpoint timer then retries each
    /// second, so what is still found is looked for again until <see cref="SlackTestBed.Wait"/> has passed.
    /// </summary>
    protected async Task<IReadOnlyList<string>> FindInStoreAsync(params string[] needles)
    {
        await TurnsDoneAsync();
        var deadline = DateTime.UtcNow + Wait;
        var found = await _store.FindAsync(Adapter.Services, needles);
        while (found.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            found = await _store.FindAsync(Adapter.Services, needles);
        }

        return found;
    }

    /// <summary>What the store holds, in a form to compare: each SQLite file's size and bytes, or Redis's keys and values.</summary>
    protected Task<string> SnapshotStoreAsync() => _store.SnapshotAsync(Adapter.Services);

    /// <summary>Waits until every acknowledged turn has finished.</summary>
    protected Task TurnsDoneAsync() => Adapter.Services.GetRequiredService<WorkQueue>().IdleAsync().WaitAsync(Wait);

    /// <summary>Every Web API call made in <paramref name="channel"/> carried <paramref name="token"/>.</summary>
    protected void AssertEveryCallCarries(string channel, string token)
    {
        var calls = Slack.Calls.Where(c => c.Channel == channel).ToArray();
        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.Equal(token, c.Token));
    }
}
