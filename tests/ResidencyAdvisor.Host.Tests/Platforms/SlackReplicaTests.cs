using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Testing;

namespace ResidencyAdvisor.Host.Tests.Platforms;

/// <summary>
/// Two real residency-advisor processes on one redis-server serving Slack over HTTP for many workspaces ("Add to
/// Slack"), behind a round-robin stand-in for a load balancer without sticky sessions.
/// </summary>
public sealed class SlackReplicaTests
{
    private const string LastQuestionBeforeTheKill = "US radiology experience";

    [RedisFact]
    public async Task Two_workspaces_installed_across_both_instances_finish_their_conversations_after_one_instance_is_killed_midway()
    {
        var redis = SharedRedisServer.Instance!;
        await using var slack = await FakeSlack.StartAsync();
        var deliveries = new ConcurrentQueue<FakeDelivery>();
        slack.EnvelopeSending += deliveries.Enqueue;
        var logs = new ConcurrentQueue<string>();
        var hosts = new List<Process>();
        try
        {
            var tokenKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var proxyPort = LoopbackPort.Free();
            var addresses = new List<Uri>();
            for (var i = 0; i < 2; i++)
            {
                var (process, address) = await StartHostAsync(i, slack, redis.Endpoint, tokenKey, proxyPort, logs);
                hosts.Add(process);
                addresses.Add(address);
            }

            await using var proxy = await RoundRobinProxy.StartAsync(proxyPort, [.. addresses]);
            slack.DeliverOverHttp(new Uri(proxy.BaseAddress, "/slack/events"), FakeSlack.SigningSecret);
            var alphaSchool = slack.AddWorkspace("T0REPALPHA", "Alpha Medical School");
            var betaClub = slack.AddWorkspace("T0REPBETA", "Beta IMG Club");

            var alphaPage = await InstallAsync(proxy, slack, alphaSchool);
            var betaPage = await InstallAsync(proxy, slack, betaClub);
            var installSteps = proxy.Answered.ToArray();

            var alpha = new SlackStudent(slack, "U0REPALPHA", alphaSchool.TeamId);
            var beta = new SlackStudent(slack, "U0REPBETA", betaClub.TeamId);
            var midway = await Task.WhenAll(StartAsync(alpha), StartAsync(beta));
            var beforeKill = proxy.Answered.Count;
            hosts[0].Kill(entireProcessTree: true);
            await hosts[0].WaitForExitAsync();

            var results = await Task.WhenAll(StudentScript.RunToRecommendationAsync(alpha, midway[0]),
                StudentScript.RunToRecommendationAsync(beta, midway[1]));

            // Each install's two steps (install link, redirect back) were answered by different instances.
            Assert.Equal(4, installSteps.Length);
            Assert.NotEqual(installSteps[0], installSteps[1]);
            Assert.NotEqual(installSteps[2], installSteps[3]);
            Assert.Contains("Alpha Medical School", alphaPage, StringComparison.Ordinal);
            Assert.Contains("Beta IMG Club", betaPage, StringComparison.Ordinal);

            // Both instances served the students before the kill; only the survivor after it.
            var answered = proxy.Answered.ToArray();
            Assert.Equal([0, 1], answered[installSteps.Length..beforeKill].Distinct().Order());
            Assert.All(answered[beforeKill..], backend => Assert.Equal(1, backend));

            foreach (var (student, workspace, result) in new[] { (alpha, alphaSchool, results[0]), (beta, betaClub, results[1]) })
            {
                Assert.Contains("Interview answers", result.ButtonLabels());
                AssertDualApplyWithInternalMedicine(slack, student);
                AssertEachQuestionAskedOnce(slack, student);
                AssertEveryCallCarries(slack, student, workspace.BotToken);
                await AssertSavedAsDoneAsync(redis.Configuration, workspace, student);
            }

            Assert.All(deliveries, d => Assert.Equal(200, d.HttpStatus));
            Assert.DoesNotContain(logs, line => line.Contains(alphaSchool.BotToken, StringComparison.Ordinal)
                || line.Contains(betaClub.BotToken, StringComparison.Ordinal)
                || line.Contains(FakeSlack.SigningSecret, StringComparison.Ordinal)
                || line.Contains(FakeSlack.ClientSecret, StringComparison.Ordinal));
        }
        finally
        {
            await ReplicaHost.StopAllAsync(hosts);
        }
    }

    private static Task<(Process Process, Uri Address)> StartHostAsync(int index, FakeSlack slack, string redis, string tokenKey,
        int proxyPort, ConcurrentQueue<string> logs) =>
        ReplicaHost.StartAsync(index, new Dictionary<string, string>
        {
            ["Slack__SigningSecret"] = FakeSlack.SigningSecret,
            ["Slack__ClientId"] = FakeSlack.ClientId,
            ["Slack__ClientSecret"] = FakeSlack.ClientSecret,
            ["Slack__TokenKey"] = tokenKey,
            ["Slack__PublicUrl"] = $"http://127.0.0.1:{proxyPort}/",
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack__ChannelMessageInterval"] = "00:00:00.010",
            ["Storage__Provider"] = "redis",
            ["Storage__Redis"] = redis,
        }, logs);

    /// <summary>"Add to Slack" through the balancer; with nothing else in flight, its two requests alternate instances.</summary>
    private static async Task<string> InstallAsync(RoundRobinProxy proxy, FakeSlack slack, FakeWorkspace workspace)
    {
        using var browser = new FakeBrowser();
        var (status, page) = await browser.InstallAsync(new Uri(proxy.BaseAddress, "/slack/install"), slack, workspace.TeamId);
        Assert.Equal(HttpStatusCode.OK, status);
        return page;
    }

    /// <summary>Greets the bot and answers the first questions (two of them in the number modal), stopping at a question.</summary>
    private static async Task<FakeMessage> StartAsync(SlackStudent student)
    {
        await student.SendDmAsync("hi");
        return await StudentScript.RunUntilAsync(student, await student.NextMessageAsync(), LastQuestionBeforeTheKill);
    }

    private static void AssertDualApplyWithInternalMedicine(FakeSlack slack, SlackStudent student)
    {
        var said = string.Join("\n", slack.Messages(student.Channel).Where(m => m.EphemeralUser is null).Select(m => m.AllText()));
        Assert.Contains("Dual apply: diagnostic radiology plus internal medicine", said, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Nothing answered twice: every question and the recommendation were posted once, and no "out of date" note.</summary>
    private static void AssertEachQuestionAskedOnce(FakeSlack slack, SlackStudent student)
    {
        var messages = slack.Messages(student.Channel);
        var headers = messages.Where(m => m.EphemeralUser is null).Select(m => m.Header).OfType<string>().ToArray();
        Assert.Equal(headers.Distinct(), headers);
        Assert.Contains("Your recommendation", headers);
        Assert.DoesNotContain(messages, m => m.EphemeralUser is not null);
    }

    private static void AssertEveryCallCarries(FakeSlack slack, SlackStudent student, string token)
    {
        var calls = slack.Calls.Where(c => c.Channel == student.Channel).ToArray();
        Assert.True(calls.Length > 20, $"only {calls.Length} calls for {student.Channel}");
        Assert.All(calls, c => Assert.Equal(token, c.Token));
    }

    private static async Task AssertSavedAsDoneAsync(string redisConfiguration, FakeWorkspace workspace, SlackStudent student)
    {
        using var connection = RedisConnector.Connect(redisConfiguration);
        var saved = await new RedisConversationStore(connection, TimeSpan.FromDays(30))
            .LoadAsync(new ConversationKey("slack", workspace.TeamId, student.UserId), CancellationToken.None);
        Assert.NotNull(saved);
        Assert.Equal(Step.Done, saved.Step);
        Assert.Equal([SpecialtyId.InternalMedicine], saved.Answers.BackupInterests);
    }
}
