using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Host.Tests.Platforms;
using ResidencyAdvisor.Slack.Fakes;
using Xunit.Abstractions;

namespace ResidencyAdvisor.Host.Tests.PublicHttp;

/// <summary>
/// Issue 18 item 1: bodies sent slowly, with and without signature headers, must not lock platforms out. The real
/// program with a small concurrency limit (8 at once, 16 queued, the audit's settings) and a 2 s read deadline.
/// </summary>
public sealed class SlowBodyTests(ITestOutputHelper output)
{
    private const int AttackersPerKind = 12;

    [Fact]
    public async Task Signed_slack_and_discord_requests_are_answered_within_a_second_while_48_connections_trickle_bodies()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var discord = await FakeDiscordServer.StartAsync();
        var logs = new ConcurrentQueue<string>();
        var (host, address) = await ReplicaHost.StartAsync(0, new Dictionary<string, string>
        {
            ["Slack__SigningSecret"] = FakeSlack.SigningSecret,
            ["Slack__BotToken"] = FakeSlack.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Discord__PublicKey"] = discord.Settings.PublicKeyHex,
            ["Discord__Token"] = discord.Settings.Token,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
            ["PublicHttp__MaxConcurrentRequests"] = "8",
            ["PublicHttp__QueueLimit"] = "16",
            ["PublicHttp__ReadTimeout"] = "00:00:02",
        }, logs);
        try
        {
            using var attack = new CancellationTokenSource(TimeSpan.FromSeconds(8));
            var attackers = Attackers(address, attack.Token);
            var latencies = await SignedRequestsAsync(address, discord, during: TimeSpan.FromSeconds(5));
            await attack.CancelAsync();
            await Task.WhenAll(attackers.Select(a => a.Run));

            output.WriteLine($"signed requests: {latencies.Count}, slowest {latencies.Max(l => l.Elapsed).TotalMilliseconds:0} ms, "
                + $"median {latencies.Select(l => l.Elapsed).Order().ElementAt(latencies.Count / 2).TotalMilliseconds:0} ms; statuses {string.Join(",", latencies.Select(l => (int)l.Status).Distinct())}");
            output.WriteLine($"unsigned attackers cut off after at most {attackers.Where(a => !a.SignedHeaders).Max(a => a.Sender.CutOffAfter).TotalMilliseconds:0} ms, "
                + $"signed-header attackers after {attackers.Where(a => a.SignedHeaders).Min(a => a.Sender.CutOffAfter).TotalMilliseconds:0}-{attackers.Where(a => a.SignedHeaders).Max(a => a.Sender.CutOffAfter).TotalMilliseconds:0} ms");
            Assert.All(latencies, l => Assert.Equal(HttpStatusCode.OK, l.Status));
            Assert.True(latencies.Count >= 20, $"only {latencies.Count} signed requests were sent");
            Assert.True(latencies.Max(l => l.Elapsed) < TimeSpan.FromSeconds(1), $"slowest signed request: {latencies.Max(l => l.Elapsed)}");

            // Without signature headers: refused before the body is read. With them: cut off at the read deadline.
            Assert.All(attackers.Where(a => !a.SignedHeaders), a => Assert.Equal(401, a.Sender.Status));
            Assert.All(attackers.Where(a => !a.SignedHeaders), a => Assert.True(a.Sender.CutOffAfter < TimeSpan.FromSeconds(1), $"{a.Sender.CutOffAfter}"));
            Assert.All(attackers.Where(a => a.SignedHeaders), a => Assert.Equal(408, a.Sender.Status));
            Assert.All(attackers.Where(a => a.SignedHeaders), a => Assert.True(a.Sender.CutOffAfter < TimeSpan.FromSeconds(4), $"{a.Sender.CutOffAfter}"));
        }
        finally
        {
            await ReplicaHost.StopAllAsync([host]);
        }
    }

    private sealed record Attacker(bool SignedHeaders, SlowSender Sender, Task Run);

    private static List<Attacker> Attackers(Uri address, CancellationToken stop)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var forged = new Dictionary<string, string[]>
        {
            ["/slack/events"] = [$"X-Slack-Request-Timestamp: {now}", "X-Slack-Signature: v0=" + new string('a', 64)],
            ["/discord/interactions"] = [$"X-Signature-Timestamp: {now}", "X-Signature-Ed25519: " + new string('a', 128)],
        };
        var attackers = new List<Attacker>();
        foreach (var (path, headers) in forged)
        {
            for (var i = 0; i < AttackersPerKind; i++)
            {
                foreach (var signed in new[] { false, true })
                {
                    var sender = new SlowSender();
                    attackers.Add(new Attacker(signed, sender, sender.RunAsync(address, path, signed ? headers : [], stop)));
                }
            }
        }

        return attackers;
    }

    private static async Task<List<(HttpStatusCode Status, TimeSpan Elapsed)>> SignedRequestsAsync(Uri address, FakeDiscordServer discord, TimeSpan during)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        using var poster = discord.PostInteractionsTo(new Uri(address, "/discord/interactions"));
        var ping = "{\"id\":\"1\",\"application_id\":\"100000000000000001\",\"type\":1,\"token\":\"t\",\"version\":1}"u8.ToArray();
        var challenge = "{\"token\":\"legacy\",\"challenge\":\"still-here\",\"type\":\"url_verification\"}"u8.ToArray();
        var results = new List<(HttpStatusCode, TimeSpan)>();
        var until = Stopwatch.GetTimestamp() + (long)(during.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            var started = Stopwatch.GetTimestamp();
            using (var pong = await poster.PostAsync(ping))
            {
                results.Add((pong.StatusCode, Stopwatch.GetElapsedTime(started)));
            }

            started = Stopwatch.GetTimestamp();
            using (var echoed = await http.SendAsync(SlackRequest(challenge)))
            {
                results.Add((echoed.StatusCode, Stopwatch.GetElapsedTime(started)));
            }

            await Task.Delay(200);
        }

        return results;
    }

    private static HttpRequestMessage SlackRequest(byte[] body)
    {
        var timestamp = SlackRequestSigner.Timestamp(DateTimeOffset.UtcNow);
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackRequestSigner.Sign(FakeSlack.SigningSecret, timestamp, body));
        return request;
    }
}
