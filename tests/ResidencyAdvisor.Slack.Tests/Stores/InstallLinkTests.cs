using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Core.Installations;
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
    public async Task Two_thousand_install_link_hits_leave_the_store_as_it_was_and_a_student_is_still_answered_within_3_seconds()
    {
        var before = await SnapshotStoreAsync();

        var answers = await FloodAsync();

        Assert.Equal(before, await SnapshotStoreAsync());
        Assert.Equal(2000, answers.Count);
        Assert.True(answers.Count(a => a == HttpStatusCode.TooManyRequests) >= 2000 - (2 * InstallRateLimit.Burst));

        // The same flood again while a student of a school that installed answers a question. The link is still
        // refusing the flood, so the school's installation is stored as the install page would have stored it.
        var school = Slack.AddWorkspace("T0SCHOOL", "Flooded Medical School");
        var tokens = Adapter.Services.GetRequiredService<Lazy<TokenProtector>>().Value;
        await Adapter.Installations.SaveAsync(new Installation("slack", school.TeamId, null, FakeSlack.BotUserId,
            tokens.Protect(school.BotToken, school.TeamId), DateTimeOffset.UtcNow), default);
        var student = new SlackStudent(Slack, "U0FLOODED", school.TeamId);
        await GreetAsync(student);
        var flood = FloodAsync();
        var answer = await student.SendDmAsync("usmle");
        var next = await student.NextMessageAsync();
        await flood;

        Assert.True(Stopwatch.GetElapsedTime(answer.SentAt, answer.AckedAt) < TimeSpan.FromSeconds(3), "the student's answer was acknowledged after Slack's 3 seconds");
        Assert.Equal("Exam score", next.Header);
    }

    /// <summary>2,000 hits on the install link from 16 browsers at once; the status of each.</summary>
    private async Task<List<HttpStatusCode>> FloodAsync()
    {
        var hits = 0;
        var browsers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            using var browser = new FakeBrowser();
            var statuses = new List<HttpStatusCode>();
            while (Interlocked.Increment(ref hits) <= 2000)
            {
                statuses.Add((await browser.HitInstallAsync(Adapter.InstallUrl)).Status);
            }

            return statuses;
        }));
        return [.. (await Task.WhenAll(browsers)).SelectMany(s => s)];
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
