using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Discord.Rest;
using ResidencyAdvisor.Discord.Tests.Adapter;

namespace ResidencyAdvisor.Discord.Tests.Rest;

/// <summary>The REST client alone against a fake Discord on loopback, with the adapter tests' fast retry timings.</summary>
internal sealed class RestHarness : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ILoggerFactory _loggers;

    private RestHarness(FakeDiscordServer server, HttpClient http, CapturedLogs logs)
    {
        Server = server;
        _http = http;
        Logs = logs;
        _loggers = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        // The adapter tests' fast retry delay; Retry-After and the retry count stay Discord's defaults.
        var options = Options.Create(new DiscordOptions
        {
            Token = server.Settings.Token, ApplicationId = server.Settings.ApplicationId, ApiBaseUrl = new Uri(server.ApiBaseUrl),
            ApiRetryMinDelay = TimeSpan.FromMilliseconds(20),
        });
        Client = new DiscordRestClient(new OneClientFactory(http), options, new RateLimitBuckets(TimeProvider.System),
            TimeProvider.System, _loggers.CreateLogger<DiscordRestClient>());
    }

    public FakeDiscordServer Server { get; }

    public DiscordRestClient Client { get; }

    public CapturedLogs Logs { get; }

    public string AppId => Server.Settings.ApplicationId;

    public static async Task<RestHarness> StartAsync(TimeSpan? requestTimeout = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        var http = new HttpClient { BaseAddress = new Uri(server.ApiBaseUrl + "/"), Timeout = requestTimeout ?? TimeSpan.FromSeconds(10) };
        return new RestHarness(server, http, new CapturedLogs());
    }

    public ILogger<T> Logger<T>() => _loggers.CreateLogger<T>();

    /// <summary>A slash command from a student in a server, known to the fake so its token takes follow-ups and edits.</summary>
    public Task<InteractionExchange> InteractionInServerAsync(string userId = "42") => Server.SendInteractionAsync(new JsonObject
    {
        ["type"] = 2,
        ["guild_id"] = "700000000000000001",
        ["channel_id"] = "700000000000000002",
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = userId } },
        ["data"] = new JsonObject { ["name"] = "advise" },
    });

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        _loggers.Dispose();
        await Server.DisposeAsync();
    }

    private sealed class OneClientFactory(HttpClient http) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => http;
    }
}
