using System.Net;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Slack.OAuth;

namespace ResidencyAdvisor.Slack.Tests.Stores;

/// <summary>
/// Issue 18, finding 2, on each durable store: opening the install link writes nothing, a flood of it is answered 429,
/// and a state that completed an install is refused when replayed, even with its cookie.
/// </summary>
public abstract class InstallLinkTests : StoreBackedTestBed
{
    [StoreFact]
    public async Task A_flood_of_the_install_link_writes_nothing_to_the_store_and_is_answered_429_past_the_limit()
    {
        var before = await SnapshotStoreAsync();
        using var browser = new FakeBrowser();

        var answers = new List<(HttpStatusCode Status, string? RetryAfter)>();
        for (var i = 0; i < 200; i++)
        {
            answers.Add(await browser.HitInstallAsync(Adapter.InstallUrl));
        }

        Assert.Equal(before, await SnapshotStoreAsync());
        Assert.True(answers.Take(InstallRateLimit.Burst).All(a => a.Status == HttpStatusCode.Redirect));
        Assert.True(answers.Count(a => a.Status == HttpStatusCode.TooManyRequests) >= 150);
        Assert.All(answers.Where(a => a.Status == HttpStatusCode.TooManyRequests), a => Assert.False(string.IsNullOrEmpty(a.RetryAfter)));
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "oauth.v2.access");
    }

    [StoreFact]
    public async Task A_state_replayed_with_its_cookie_after_it_installed_is_refused_before_any_code_is_exchanged()
    {
        var alpha = Slack.AddWorkspace("T0ALPHA", "Alpha Medical School");
        var beta = Slack.AddWorkspace("T0BETA", "Beta IMG Club");
        using var admin = new FakeBrowser();
        var (_, query) = await admin.OpenInstallAsync(Adapter.InstallUrl);
        var redirect = query["redirect_uri"];
        var (first, _) = await admin.ReturnAsync(redirect, Slack.Authorize(alpha.TeamId, redirect), query["state"]);
        using var attacker = new FakeBrowser();
        attacker.CopyStateCookie(Adapter.InstallUrl, query["state"]);

        var (replayed, page) = await attacker.ReturnAsync(redirect, Slack.Authorize(beta.TeamId, redirect), query["state"]);

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.BadRequest, replayed);
        Assert.Contains("Nothing was installed", page, StringComparison.Ordinal);
        Assert.Contains(Adapter.Logs.Entries, e => e.Message.Contains("already completed an install", StringComparison.Ordinal));
        Assert.Null(await Adapter.Installations.FindAsync("slack", beta.TeamId, default));
        Assert.Single(Slack.Calls, c => c.Method == "oauth.v2.access");
    }

    [StoreFact]
    public async Task A_state_that_installed_through_one_instance_is_refused_when_replayed_to_another()
    {
        var alpha = Slack.AddWorkspace("T0ALPHA", "Alpha Medical School");
        var beta = Slack.AddWorkspace("T0BETA", "Beta IMG Club");
        using var admin = new FakeBrowser();
        var (_, query) = await admin.OpenInstallAsync(Adapter.InstallUrl);
        var (first, _) = await admin.ReturnAsync(query["redirect_uri"], Slack.Authorize(alpha.TeamId, query["redirect_uri"]), query["state"]);
        var other = await StartSecondInstanceAsync();
        var otherRedirect = new Uri(other.PublicBaseUrl!, "slack/oauth_redirect").ToString();
        using var attacker = new FakeBrowser();
        attacker.CopyStateCookie(other.InstallUrl, query["state"]);

        var (replayed, _) = await attacker.ReturnAsync(otherRedirect, Slack.Authorize(beta.TeamId, otherRedirect), query["state"]);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.BadRequest), (first, replayed));
        Assert.Contains(other.Logs.Entries, e => e.Message.Contains("already completed an install", StringComparison.Ordinal));
        Assert.Null(await other.Installations.FindAsync("slack", beta.TeamId, default));
        Assert.NotNull(await other.Installations.FindAsync("slack", alpha.TeamId, default));
        Assert.Single(Slack.Calls, c => c.Method == "oauth.v2.access");
    }
}

public sealed class InstallLinkOnSqliteTests : InstallLinkTests
{
    protected override TestStore CreateStore() => new SqliteTestStore();
}

public sealed class InstallLinkOnRedisTests : InstallLinkTests, IRequiresRedis
{
    protected override TestStore CreateStore() => new RedisTestStore();
}
