using System.Net;
using System.Text.Json.Nodes;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Slack.OAuth;

namespace ResidencyAdvisor.Slack.Tests.Http;

/// <summary>"Add to Slack": two workspaces install the app through OAuth and each one's students are answered with its own token.</summary>
public sealed class ManyWorkspacesTests : SlackTestBed
{
    private FakeWorkspace _alpha = null!;
    private FakeWorkspace _beta = null!;

    protected override bool OverHttp => true;

    protected override bool StartAdapter => false;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await StartAdapterAsync(ManyWorkspaceSettings());
        _alpha = Slack.AddWorkspace("T0ALPHA", "Alpha Medical School");
        _beta = Slack.AddWorkspace("T0BETA", "Beta & IMG Club");
    }

    [Fact]
    public async Task The_install_link_sends_the_browser_to_Slack_with_the_client_id_scopes_redirect_and_a_fresh_state()
    {
        using var browser = new FakeBrowser();

        var (location, query) = await browser.OpenInstallAsync(Adapter.InstallUrl);
        var (_, again) = await new FakeBrowser().OpenInstallAsync(Adapter.InstallUrl);

        Assert.Equal("https://slack.com/oauth/v2/authorize", location.GetLeftPart(UriPartial.Path));
        Assert.Equal(FakeSlack.ClientId, query["client_id"]);
        Assert.Equal("chat:write,im:history,im:read,im:write,commands,files:write", query["scope"]);
        Assert.Equal(new Uri(Adapter.PublicBaseUrl!, "slack/oauth_redirect").ToString(), query["redirect_uri"]);
        Assert.True(query["state"].Length >= 40);
        Assert.NotEqual(query["state"], again["state"]);
    }

    [Fact]
    public async Task Two_workspaces_install_and_their_students_talk_at_the_same_time_each_answered_with_its_own_token()
    {
        var (alphaPage, betaPage) = (await InstallAsync(_alpha), await InstallAsync(_beta));
        var alpha = new SlackStudent(Slack, "U0ALPHA", _alpha.TeamId);
        var beta = new SlackStudent(Slack, "U0BETA", _beta.TeamId);

        var results = await Task.WhenAll(RunAsync(alpha), RunAsync(beta));

        Assert.Contains("Alpha Medical School", alphaPage, StringComparison.Ordinal);
        Assert.Contains("Beta &amp; IMG Club", betaPage, StringComparison.Ordinal);
        Assert.All(results, r => Assert.Contains("Interview answers", r.ButtonLabels()));
        AssertEveryCallCarries(alpha.Channel, _alpha.BotToken);
        AssertEveryCallCarries(beta.Channel, _beta.BotToken);
        var stored = await Adapter.Installations.FindAsync("slack", _alpha.TeamId, default);
        Assert.DoesNotContain(_alpha.BotToken, stored!.SealedBotToken, StringComparison.Ordinal);
        Assert.Equal("UBOTT0ALPHA", stored.BotUserId);
    }

    [Theory]
    [InlineData("app_uninstalled")]
    [InlineData("tokens_revoked")]
    public async Task Letting_the_app_go_erases_that_workspace_and_its_students_and_not_the_other(string kind)
    {
        await InstallAsync(_alpha);
        await InstallAsync(_beta);
        var alpha = new SlackStudent(Slack, "U0ALPHA", _alpha.TeamId);
        var beta = new SlackStudent(Slack, "U0BETA", _beta.TeamId);
        await alpha.ClickAsync(await GreetAsync(alpha), "USMLE");
        await alpha.NextMessageAsync();
        var betaFirst = await GreetAsync(beta);

        var uninstall = await Slack.SendEnvelopeAsync("events_api", WorkspaceEvent(_alpha.TeamId, kind), null);
        // The installation goes first and the students' conversations a moment later (InstallationStore.DeleteAsync): wait for both.
        await WaitUntilAsync(async () => await Adapter.Installations.FindAsync("slack", _alpha.TeamId, default) is null
            && await Adapter.Store.LoadAsync(new ConversationKey("slack", _alpha.TeamId, alpha.UserId), default) is null);

        Assert.Equal(200, uninstall.HttpStatus);
        Assert.NotNull(await Adapter.Store.LoadAsync(new ConversationKey("slack", _beta.TeamId, beta.UserId), default));
        await beta.ClickAsync(betaFirst, "USMLE");
        Assert.Equal("Exam score", (await beta.NextMessageAsync()).Header);
    }

    [Fact]
    public async Task A_state_from_another_browser_is_refused_and_installs_nothing()
    {
        using var victim = new FakeBrowser();
        using var attacker = new FakeBrowser();
        var (_, query) = await victim.OpenInstallAsync(Adapter.InstallUrl);
        var redirect = query["redirect_uri"];

        var (status, page) = await attacker.ReturnAsync(redirect, Slack.Authorize(_beta.TeamId, redirect), query["state"]);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Nothing was installed", page, StringComparison.Ordinal);
        Assert.Null(await Adapter.Installations.FindAsync("slack", _beta.TeamId, default));
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "oauth.v2.access");
    }

    [Fact]
    public async Task A_replayed_state_is_refused_and_installs_nothing()
    {
        using var browser = new FakeBrowser();
        var (_, query) = await browser.OpenInstallAsync(Adapter.InstallUrl);
        var redirect = query["redirect_uri"];
        var (first, _) = await browser.ReturnAsync(redirect, Slack.Authorize(_alpha.TeamId, redirect), query["state"]);

        var (replayed, page) = await browser.ReturnAsync(redirect, Slack.Authorize(_beta.TeamId, redirect), query["state"]);

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.BadRequest, replayed);
        Assert.Contains("Nothing was installed", page, StringComparison.Ordinal);
        Assert.Null(await Adapter.Installations.FindAsync("slack", _beta.TeamId, default));
        Assert.Single(Slack.Calls, c => c.Method == "oauth.v2.access");
    }

    private async Task<string> InstallAsync(FakeWorkspace workspace)
    {
        using var browser = new FakeBrowser();
        var (status, page) = await browser.InstallAsync(Adapter.InstallUrl, Slack, workspace.TeamId);
        Assert.Equal(HttpStatusCode.OK, status);
        return page;
    }

    private static async Task<FakeMessage> RunAsync(SlackStudent student) =>
        await StudentScript.RunToRecommendationAsync(student, await GreetAsync(student));

    private void AssertEveryCallCarries(string channel, string token)
    {
        var calls = Slack.Calls.Where(c => c.Channel == channel).ToArray();
        Assert.True(calls.Length > 20, $"only {calls.Length} calls for {channel}");
        Assert.All(calls, c => Assert.Equal(token, c.Token));
    }

    private static JsonObject WorkspaceEvent(string team, string kind) => new()
    {
        ["type"] = "event_callback",
        ["team_id"] = team,
        ["event_id"] = "Ev" + kind + team,
        ["event"] = kind == "tokens_revoked"
            ? new JsonObject { ["type"] = kind, ["tokens"] = new JsonObject { ["bot"] = new JsonArray("UBOT" + team) } }
            : new JsonObject { ["type"] = kind },
    };

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the uninstall to be handled");
            await Task.Delay(20);
        }
    }
}
