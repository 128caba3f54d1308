using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Discord.Tests.Adapter;

namespace ResidencyAdvisor.Discord.Tests.Http;

/// <summary>
/// What only the interactions endpoint does: PING, signature checks, the body limit, and the application id read over
/// REST. The conversations themselves rerun over HTTP in the …OverHttp suites.
/// </summary>
public sealed class InteractionsEndpointTests
{
    [Fact]
    public async Task Advise_is_registered_under_the_application_id_read_from_discord_when_none_is_configured()
    {
        await using var harness = await AdapterHarness.StartAsync(overHttp: true);

        await WaitUntilAsync(() => !harness.Server.Commands.IsEmpty);

        Assert.Contains(harness.Server.Requests, r => r.Method == "GET" && r.Path.EndsWith("/applications/@me", StringComparison.Ordinal));
        var (path, commands) = harness.Server.Commands.Single();
        Assert.Equal($"/api/v10/applications/{harness.Server.Settings.ApplicationId}/commands", path);
        Assert.Equal("advise", (string?)commands[0]!["name"]);
    }

    [Fact]
    public async Task A_ping_is_answered_with_a_pong()
    {
        await using var harness = await AdapterHarness.StartAsync(overHttp: true);

        using var response = await harness.Poster.PostAsync("{\"id\":\"1\",\"application_id\":\"100000000000000001\",\"type\":1,\"token\":\"t\",\"version\":1}"u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"type\":1}", await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string> Forgeries => ["forged signature", "stale timestamp", "future timestamp", "no signature", "no timestamp", "body altered after signing"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_request_not_signed_by_discord_is_refused_with_401_and_changes_nothing(string forgery)
    {
        await using var harness = await AdapterHarness.StartAsync(overHttp: true);
        var body = SlashCommand("500000000000000077");
        var (timestamp, signature) = harness.Poster.Sign(body, DateTimeOffset.UtcNow);
        using var otherKey = NSec.Cryptography.Key.Create(NSec.Cryptography.SignatureAlgorithm.Ed25519);
        using var forger = new InteractionPoster(harness.Poster.Endpoint, otherKey);

        using var response = forgery switch
        {
            "forged signature" => await forger.PostAsync(body),
            "stale timestamp" => await PostSignedAtAsync(harness.Poster, body, DateTimeOffset.UtcNow.AddMinutes(-6)),
            "future timestamp" => await PostSignedAtAsync(harness.Poster, body, DateTimeOffset.UtcNow.AddMinutes(6)),
            "no signature" => await harness.Poster.PostAsync(body, timestamp, null),
            "no timestamp" => await harness.Poster.PostAsync(body, null, signature),
            _ => await harness.Poster.PostAsync(Altered(body), timestamp, signature),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, harness.Store.Count);
        Assert.DoesNotContain(harness.Server.Requests, r => r.Path.Contains("/webhooks/", StringComparison.Ordinal)
            || r.Path.Contains("/interactions/", StringComparison.Ordinal));
        Assert.Contains(harness.Logs.Entries, e => e.EventId == 2032);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Message.Contains(signature, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_over_the_listeners_one_limit_is_refused_with_413_before_it_is_verified()
    {
        await using var harness = await AdapterHarness.StartAsync(overHttp: true);
        var body = Encoding.UTF8.GetBytes("{\"type\":1,\"pad\":\"" + new string('x', 300 * 1024) + "\"}");

        using var response = await harness.Poster.PostAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static Task<HttpResponseMessage> PostSignedAtAsync(InteractionPoster poster, byte[] body, DateTimeOffset at)
    {
        var (timestamp, signature) = poster.Sign(body, at);
        return poster.PostAsync(body, timestamp, signature);
    }

    private static byte[] SlashCommand(string userId) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["id"] = "900000000000000777",
        ["application_id"] = "100000000000000001",
        ["type"] = 2,
        ["token"] = "itoken-forged",
        ["channel_id"] = "400000000000000004",
        ["user"] = new JsonObject { ["id"] = userId },
        ["data"] = new JsonObject { ["id"] = "300000000000000003", ["name"] = "advise", ["type"] = 1 },
    }.ToJsonString());

    /// <summary>The same request with the user id changed, as a tamperer would: same length, one digit different.</summary>
    private static byte[] Altered(byte[] body) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("500000000000000077", "500000000000000078", StringComparison.Ordinal));

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
