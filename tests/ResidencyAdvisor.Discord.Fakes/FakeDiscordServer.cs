using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>
/// A Discord-compatible server on 127.0.0.1 (random free port): the REST routes the adapter uses and the gateway
/// WebSocket, recording everything so tests can assert what a student would have seen.
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, InteractionExchange> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, InteractionExchange> _byToken = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private readonly ConcurrentQueue<InjectedFailure> _failures = new();
    private long _nextId = 900_000_000_000_000_000;

    private FakeDiscordServer(WebApplication app, FakeDiscordSettings settings)
    {
        _app = app;
        Settings = settings;
        Gateway = new FakeGateway(settings);
    }

    public FakeDiscordSettings Settings { get; }

    public FakeGateway Gateway { get; }

    /// <summary>Raised for every accepted initial response, with its latency measured from the dispatch.</summary>
    public event Action<InteractionExchange>? Responded;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Point Discord:ApiBaseUrl here.</summary>
    public string ApiBaseUrl => BaseUrl + "/api/v10";

    /// <summary>Every REST request received (while <see cref="FakeDiscordSettings.RecordRequests"/>), in order.</summary>
    public IReadOnlyCollection<FakeRequest> Requests => _requests;

    /// <summary>Bodies of PUT .../commands, keyed by path.</summary>
    public ConcurrentDictionary<string, JsonArray> Commands { get; } = new(StringComparer.Ordinal);

    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordSettings? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeDiscordServer(app, settings ?? new FakeDiscordSettings());
        server.Map();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        server.Gateway.ResumeUrl = server.BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";
        return server;
    }

    /// <summary>The next request whose path contains <paramref name="pathContains"/> gets a 429 with retry_after.</summary>
    public void RateLimitNext(string pathContains, TimeSpan retryAfter, bool global = false) =>
        _failures.Enqueue(new InjectedFailure(pathContains, 429, retryAfter.TotalSeconds, global));

    /// <summary>When set, GET /gateway/bot hands out this URL instead of the fake's gateway (for a gateway that never answers).</summary>
    public string? GatewayUrlOverride { get; set; }

    /// <summary>The next matching REST request is answered normally, but only after <paramref name="delay"/>.</summary>
    public void DelayNext(string pathContains, TimeSpan delay) => _failures.Enqueue(new InjectedFailure(pathContains, 0, delay.TotalSeconds, false));

    public void FailNext(string pathContains, int status) => _failures.Enqueue(new InjectedFailure(pathContains, status, 0, false));

    /// <summary>
    /// Set to deliver interactions over HTTP: each is signed and POSTed to the bot's endpoint, and the HTTP response is
    /// the initial response. Null (the default) delivers them as gateway dispatches.
    /// </summary>
    public InteractionPoster? Poster { get; private set; }

    /// <summary>Sends interactions to <paramref name="endpoint"/> from now on, as Discord does once the URL is saved.</summary>
    public InteractionPoster PostInteractionsTo(Uri endpoint)
    {
        Poster?.Dispose();
        Poster = new InteractionPoster(endpoint, Settings.SigningKey);
        return Poster;
    }

    /// <summary>Sends an interaction as an INTERACTION_CREATE dispatch, or POSTs it once <see cref="PostInteractionsTo"/> was called.</summary>
    public async Task<InteractionExchange> SendInteractionAsync(JsonObject interaction)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var token = "itoken-" + id;
        interaction["id"] = id;
        interaction["token"] = token;
        interaction["application_id"] = Settings.ApplicationId;
        interaction["version"] = 1;
        var exchange = new InteractionExchange(id, token, interaction);
        _byId[id] = exchange;
        _byToken[token] = exchange;
        exchange.DispatchedAt = Stopwatch.GetTimestamp();
        if (Poster is { } poster)
        {
            await PostAsync(poster, exchange);
        }
        else
        {
            await Gateway.DispatchAsync("INTERACTION_CREATE", interaction);
        }

        return exchange;
    }

    /// <summary>Delivers the same interaction again, as Discord may after a resume.</summary>
    public Task ResendAsync(InteractionExchange exchange) => Gateway.DispatchAsync("INTERACTION_CREATE", (JsonObject)exchange.Interaction.DeepClone());

    /// <summary>The HTTP response to a POSTed interaction counts as its one initial response, as a callback would.</summary>
    private async Task PostAsync(InteractionPoster poster, InteractionExchange exchange)
    {
        using var response = await poster.PostAsync(System.Text.Encoding.UTF8.GetBytes(exchange.Interaction.ToJsonString()));
        exchange.HttpStatus = (int)response.StatusCode;
        if (response.IsSuccessStatusCode && JsonNode.Parse(await response.Content.ReadAsStringAsync()) is JsonObject body && exchange.Respond(body))
        {
            Responded?.Invoke(exchange);
        }
    }

    public string NewMessageId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Forgets finished exchanges so a long load run does not grow without bound.</summary>
    public void Forget(InteractionExchange exchange)
    {
        _byId.TryRemove(exchange.Id, out _);
        _byToken.TryRemove(exchange.Token, out _);
    }

    public async ValueTask DisposeAsync()
    {
        Poster?.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map()
    {
        _app.UseWebSockets();
        _app.Map("/gateway", GatewayAsync);
        _app.Map("/resume", GatewayAsync);
        _app.MapGet("/api/v10/gateway/bot", ctx => RestAsync(ctx, authorized: true, GatewayBot));
        _app.MapGet("/api/v10/applications/@me", ctx => RestAsync(ctx, authorized: true, (_, _) => (200, new JsonObject { ["id"] = Settings.ApplicationId, ["name"] = "Residency Advisor" })));
        _app.MapPut("/api/v10/applications/{app}/commands", ctx => RestAsync(ctx, authorized: true, PutCommands));
        _app.MapPut("/api/v10/applications/{app}/guilds/{guild}/commands", ctx => RestAsync(ctx, authorized: true, PutCommands));
        _app.MapPost("/api/v10/interactions/{id}/{token}/callback", ctx => RestAsync(ctx, authorized: false, Callback));
        _app.MapPatch("/api/v10/webhooks/{app}/{token}/messages/@original", ctx => RestAsync(ctx, authorized: false, EditOriginal));
        _app.MapPatch("/api/v10/webhooks/{app}/{token}/messages/{message}", ctx => RestAsync(ctx, authorized: false, EditFollowUp));
        _app.MapPost("/api/v10/webhooks/{app}/{token}", ctx => RestAsync(ctx, authorized: false, FollowUp));
        MapChannels();
    }

    private async Task GatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await Gateway.RunAsync(socket, context.Request.Path + context.Request.QueryString, context.RequestAborted);
    }

    private async Task RestAsync(HttpContext context, bool authorized, Func<HttpContext, JsonNode?, (int Status, JsonNode? Body)> handle)
    {
        var (body, files) = await ReadBodyAsync(context);
        var injected = Injected(context.Request.Path);
        if (injected is { Status: 0 } delay)
        {
            await Task.Delay(TimeSpan.FromSeconds(delay.RetryAfterSeconds), context.RequestAborted);
            injected = null;
        }

        var (status, response) = injected is { } failure
            ? Fail(context, failure)
            : authorized && context.Request.Headers.Authorization != $"Bot {Settings.Token}"
                ? (401, new JsonObject { ["message"] = "401: Unauthorized", ["code"] = 0 })
                : FilesMismatch(body, files) is { } invalid
                    ? (400, invalid)
                    : handle(context, string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body));
        if (Settings.RecordRequests)
        {
            _requests.Enqueue(new FakeRequest(context.Request.Method, context.Request.Path, context.Request.Headers.UserAgent,
                context.Request.Headers.Authorization, body, Stopwatch.GetTimestamp(), status, files));
        }

        context.Response.StatusCode = status;
        if (response is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.ToJsonString(), context.RequestAborted);
        }
    }

    private InjectedFailure? Injected(string path)
    {
        if (_failures.TryPeek(out var failure) && path.Contains(failure.PathContains, StringComparison.Ordinal) && _failures.TryDequeue(out failure))
        {
            return failure;
        }

        return null;
    }

    private static (int, JsonNode?) Fail(HttpContext context, InjectedFailure failure)
    {
        if (failure.Status != 429)
        {
            return (failure.Status, new JsonObject { ["message"] = "injected failure", ["code"] = 0 });
        }

        context.Response.Headers["Retry-After"] = Math.Ceiling(failure.RetryAfterSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Scope"] = failure.Global ? "global" : "user";
        if (failure.Global)
        {
            context.Response.Headers["X-RateLimit-Global"] = "true";
        }

        return (429, new JsonObject { ["message"] = "You are being rate limited.", ["retry_after"] = failure.RetryAfterSeconds, ["global"] = failure.Global });
    }

    private (int, JsonNode?) GatewayBot(HttpContext context, JsonNode? body) => (200, new JsonObject
    {
        ["url"] = GatewayUrlOverride ?? BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway",
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = 1000,
            ["remaining"] = Settings.SessionStartRemaining,
            ["reset_after"] = (long)Settings.SessionStartResetAfter.TotalMilliseconds,
            ["max_concurrency"] = 1,
        },
    });

    private (int, JsonNode?) PutCommands(HttpContext context, JsonNode? body)
    {
        if (body is not JsonArray commands)
        {
            return (400, new JsonObject { ["message"] = "Invalid Form Body", ["code"] = 50035 });
        }

        Commands[context.Request.Path] = commands;
        context.Response.Headers["X-RateLimit-Limit"] = "2";
        context.Response.Headers["X-RateLimit-Remaining"] = "1";
        context.Response.Headers["X-RateLimit-Reset-After"] = "0.05";
        context.Response.Headers["X-RateLimit-Bucket"] = "commands";
        return (200, commands.DeepClone());
    }

    private (int, JsonNode?) Callback(HttpContext context, JsonNode? body)
    {
        if (!_byId.TryGetValue((string)context.Request.RouteValues["id"]!, out var exchange) || body is not JsonObject response)
        {
            return (404, new JsonObject { ["message"] = "Unknown interaction", ["code"] = 10062 });
        }

        if (exchange.Respond(response))
        {
            exchange.Attached("callback", response["data"] as JsonObject, FilesOf(context), Flagged(response["data"]));
            Responded?.Invoke(exchange);
            return (204, null);
        }

        return (400, new JsonObject { ["message"] = "Interaction has already been acknowledged.", ["code"] = 40060 });
    }

    private (int, JsonNode?) EditOriginal(HttpContext context, JsonNode? body)
    {
        if (!_byToken.TryGetValue((string)context.Request.RouteValues["token"]!, out var exchange) || body is not JsonObject message)
        {
            return (404, new JsonObject { ["message"] = "Unknown Webhook", ["code"] = 10015 });
        }

        exchange.Attached("edit-original", message, FilesOf(context), ephemeral: false);
        exchange.Edited(message);
        return (200, message.DeepClone());
    }

    private (int, JsonNode?) FollowUp(HttpContext context, JsonNode? body)
    {
        if (!_byToken.TryGetValue((string)context.Request.RouteValues["token"]!, out var exchange) || body is not JsonObject message)
        {
            return (404, new JsonObject { ["message"] = "Unknown Webhook", ["code"] = 10015 });
        }

        var sent = (JsonObject)message.DeepClone();
        sent["id"] = NewMessageId();
        exchange.Attached("follow-up", sent, FilesOf(context), Flagged(message));
        exchange.FollowedUp((JsonObject)sent.DeepClone());
        return (200, sent);
    }

    internal static bool Flagged(JsonNode? message) => (((int?)message?["flags"] ?? 0) & 64) == 64;

    private (int, JsonNode?) EditFollowUp(HttpContext context, JsonNode? body)
    {
        var id = (string)context.Request.RouteValues["message"]!;
        if (!_byToken.TryGetValue((string)context.Request.RouteValues["token"]!, out var exchange) || body is not JsonObject message
            || !exchange.FollowUps.Any(f => (string?)f["id"] == id))
        {
            return (404, new JsonObject { ["message"] = "Unknown Message", ["code"] = 10008 });
        }

        exchange.FollowUpEdited(id, message);
        var sent = (JsonObject)message.DeepClone();
        sent["id"] = id;
        return (200, sent);
    }
}
