using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>
/// A local Slack for tests and load runs: the Web API methods the adapter uses and a Socket Mode WebSocket server, on
/// 127.0.0.1 at a free port. It records every call and message, and can rate-limit, reject tokens, refresh or drop sockets.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    public const string AppToken = "xapp-1-A0FAKE-1-fakeapptoken";
    public const string BotToken = "xoxb-0000-fakebottoken";
    public const string BotUserId = "UBOTFAKE";
    public const string BotId = "BBOTFAKE";
    public const string TeamId = "T0FAKE";
    public const string SigningSecret = "fake-signing-secret-8f742231b10e";
    public const string ClientId = "1111.2222";
    public const string ClientSecret = "fake-client-secret-0c1d";

    private readonly WebApplication _app;
    private readonly ChangeSignal _signal = new();
    private readonly ConcurrentQueue<FakeApiCall> _calls = new();
    private readonly ConcurrentDictionary<string, FakeDelivery> _deliveries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _triggers = new(StringComparer.Ordinal);
    private readonly List<FakeSocket> _sockets = [];
    private readonly ConcurrentDictionary<string, FakeChannel> _channels = new(StringComparer.Ordinal);
    private readonly FakeWebApi _api;
    private readonly ConcurrentDictionary<string, string> _userFailures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _withoutFilesWrite = new(StringComparer.Ordinal);
    private StallingProxy? _proxy;
    private FakeHttpSender? _http;
    private readonly ConcurrentDictionary<string, FakeWorkspace> _workspaces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (FakeWorkspace Workspace, string RedirectUri)> _codes = new(StringComparer.Ordinal);
    private long _ids;
    private int _turn;

    private FakeSlack(WebApplication app)
    {
        _app = app;
        _api = new FakeWebApi(this);
        Files = new FakeFiles(this);
        app.UseWebSockets();
        app.MapPost("/api/{method}", (string method, HttpContext context) => _api.HandleAsync(method, context));
        app.Map("/socket", AcceptSocketAsync);
        app.MapPost("/" + FakeFiles.UploadPath + "{fileId}", (string fileId, HttpContext context) => Files.ReceiveAsync(fileId, context));
    }

    /// <summary>How the POST of a file's bytes to its upload URL appears in <see cref="Calls"/> (it is not a Web API method).</summary>
    public const string UploadMethod = "(upload)";

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every file reserved with files.getUploadURLExternal, in order, with its bytes and where it was shared.</summary>
    public IReadOnlyList<FakeUpload> Uploads => Files.Uploads;

    internal FakeFiles Files { get; }

    /// <summary>The value for Slack:ApiBaseUrl.</summary>
    public Uri ApiBaseUrl => new(BaseUrl, "api/");

    /// <summary>
    /// Keep every Web API call and acknowledged envelope for assertions (default). Load runs turn it off so the fake's
    /// own garbage does not slow the adapter it measures.
    /// </summary>
    public bool KeepHistory { get; set; } = true;

    /// <summary>When true every token is refused with invalid_auth.</summary>
    public bool RejectTokens { get; set; }

    /// <summary>When true only the app-level token is refused (apps.connections.open answers invalid_auth).</summary>
    public bool RejectAppToken { get; set; }

    /// <summary>Raised for every Web API request, on the request's thread.</summary>
    public event Action<FakeApiCall>? ApiCalled;

    /// <summary>Raised just before an envelope goes onto the socket, so timing starts before the adapter can answer.</summary>
    public event Action<FakeDelivery>? EnvelopeSending;

    public IReadOnlyList<FakeApiCall> Calls => [.. _calls];

    /// <summary>Request bodies that contained an explicit JSON null (Slack rejects them).</summary>
    public int NullFieldRequests => _api.NullFieldRequests;

    public int ConnectionsOpened => _api.ConnectionsOpened;

    /// <summary>
    /// Socket Mode URLs handed out from now on lead through a relay that <see cref="StallSockets"/> can freeze, and
    /// that hangs every handshake while <paramref name="hangHandshakes"/> is true.
    /// </summary>
    public void RelaySockets(bool hangHandshakes = false)
    {
        _proxy ??= new StallingProxy(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, BaseUrl.Port));
        _proxy.StallNewConnections = hangHandshakes;
    }

    /// <summary>Freezes every relayed socket open now: no frame, ping or pong passes, but TCP stays up.</summary>
    public void StallSockets() => (_proxy ?? throw new InvalidOperationException("Call RelaySockets first.")).StallOpenConnections();

    internal int? SocketPort => _proxy?.Port;

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var fake = new FakeSlack(builder.Build());
        await fake._app.StartAsync();
        fake.BaseUrl = new Uri(fake._app.Urls.First().TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>The next call to <paramref name="method"/> is answered HTTP 429 with this Retry-After.</summary>
    public void RateLimitNext(string method, TimeSpan retryAfter) => _api.RateLimitNext(method, retryAfter);

    /// <summary>Answers the next call of a Web API method with exactly this HTTP status, content type and body (queued, in order).</summary>
    public void AnswerNextRaw(string method, FakeRawAnswer answer) => _api.AnswerNextRaw(method, answer);

    /// <summary>Answers the next call of a Web API method with ok:false and the given error.</summary>
    public void FailNext(string method, string error) => _api.FailNext(method, error);

    public IReadOnlyList<FakeSocket> Sockets
    {
        get
        {
            lock (_sockets)
            {
                return [.. _sockets];
            }
        }
    }

    public Task<FakeSocket> WaitForSocketAsync(int index, TimeSpan timeout) =>
        _signal.WaitAsync(() => Sockets.ElementAtOrDefault(index), timeout, $"socket #{index}");

    /// <summary>Everything posted in a channel, ephemeral messages included, in order.</summary>
    public IReadOnlyList<FakeMessage> Messages(string channel) => Channel(channel).Messages;

    /// <summary>Modals opened for the user whose DM is <paramref name="channel"/>.</summary>
    public IReadOnlyList<FakeView> Views(string channel) => Channel(channel).Views;

    /// <summary>Waits until a probe of one channel finds something, re-checking whenever that channel changes.</summary>
    public Task<T> WaitInChannelAsync<T>(string channel, Func<T?> probe, TimeSpan timeout, string what)
        where T : class => Channel(channel).Signal.WaitAsync(probe, timeout, what);

    /// <summary>Waits until a probe of anything finds something, re-checking on socket and ack changes.</summary>
    public Task<T> WaitUntilAsync<T>(Func<T?> probe, TimeSpan timeout, string what)
        where T : class => _signal.WaitAsync(probe, timeout, what);

    internal FakeMessage? MessageAt(string channel, int index, bool ephemeral) => Channel(channel).MessageAt(index, ephemeral);

    internal FakeView? ViewAt(string channel, int index) => Channel(channel).ViewAt(index);

    /// <summary>From now on, deliver as Slack does in HTTP mode: signed POSTs to <paramref name="eventsUrl"/> instead of Socket Mode frames.</summary>
    public void DeliverOverHttp(Uri eventsUrl, string signingSecret)
    {
        _http?.Dispose();
        _http = new FakeHttpSender(eventsUrl, signingSecret);
    }

    /// <summary>
    /// POSTs a request to the HTTP request URL, signed with the shared secret unless a timestamp or signature is given;
    /// for the security tests, which send what Slack never would.
    /// </summary>
    public Task<(System.Net.HttpStatusCode Status, string Body)> PostAsync(FakeHttpRequest request, string? timestamp = null,
        string? signature = null, bool omitHeaders = false) =>
        (_http ?? throw new InvalidOperationException("Call DeliverOverHttp first.")).PostAsync(request, timestamp, signature, omitHeaders);

    /// <summary>
    /// Sends an envelope on the open sockets in turn, as Slack spreads them (or on <paramref name="via"/>), or over HTTP
    /// after <see cref="DeliverOverHttp"/>; returns it, to await its ack.
    /// </summary>
    public async Task<FakeDelivery> SendEnvelopeAsync(string type, JsonObject payload, string? channel, int retryAttempt = 0,
        string? retryReason = null, FakeSocket? via = null)
    {
        if (_http is { } http && via is null)
        {
            var posted = new FakeDelivery("req-" + NextId(), type, payload, channel);
            await http.DeliverAsync(posted, retryAttempt, retryReason, () =>
            {
                posted.SentAt = Stopwatch.GetTimestamp();
                EnvelopeSending?.Invoke(posted);
            });
            return posted;
        }

        var socket = via ?? NextOpenSocket() ?? throw new InvalidOperationException("No open Socket Mode connection.");
        var envelopeId = "env-" + NextId();
        var delivery = new FakeDelivery(envelopeId, type, payload, channel) { SocketIndex = socket.Index };
        _deliveries[envelopeId] = delivery;
        var frame = new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["type"] = type,
            ["payload"] = payload.DeepClone(),
            ["accepts_response_payload"] = type != "events_api",
            ["retry_attempt"] = retryAttempt,
            ["retry_reason"] = retryReason ?? "",
        };
        await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), () =>
        {
            delivery.SentAt = Stopwatch.GetTimestamp();
            EnvelopeSending?.Invoke(delivery);
        });
        return delivery;
    }

    /// <summary>Sends the same payload again in a new envelope, as Slack does when an ack came too late.</summary>
    public Task<FakeDelivery> RedeliverAsync(FakeDelivery original, string reason = "timeout") =>
        SendEnvelopeAsync(original.Type, original.Payload, original.Channel, retryAttempt: 1, retryReason: reason);

    /// <summary>Sends a raw frame, for malformed-input tests.</summary>
    public Task SendRawAsync(JsonNode frame) =>
        (Sockets.LastOrDefault(s => s.IsOpen) ?? throw new InvalidOperationException("No open socket.")).SendAsync(frame);

    /// <summary>A workspace that can install the app through OAuth, with its own bot token.</summary>
    public FakeWorkspace AddWorkspace(string teamId, string name) =>
        _workspaces.GetOrAdd(teamId, id => new FakeWorkspace(id, name, $"xoxb-{id}-fake-{NextId()}"));

    /// <summary>
    /// An Enterprise Grid organization whose admin installs the app org-wide (<c>is_enterprise_install</c>, no team):
    /// one bot token for every workspace of the org. Approve its install with <see cref="Authorize"/>(<paramref name="enterpriseId"/>).
    /// </summary>
    public FakeWorkspace AddOrganization(string enterpriseId, string name) =>
        _workspaces.GetOrAdd(enterpriseId, id => new FakeWorkspace(id, name, $"xoxb-{id}-org-{NextId()}", id, OrgWide: true));

    /// <summary>A workspace inside an organization that installs the app on its own (a team install, with the org's id).</summary>
    public FakeWorkspace AddWorkspaceOf(string enterpriseId, string teamId, string name) =>
        _workspaces.GetOrAdd(teamId, id => new FakeWorkspace(id, name, $"xoxb-{id}-fake-{NextId()}", enterpriseId));

    /// <summary>The team (or the one workspace, <see cref="TeamId"/>) installed before the app asked for files:write: file methods answer missing_scope.</summary>
    public void WithoutFilesWrite(string teamId) => _withoutFilesWrite[teamId] = true;

    /// <summary>
    /// From now on, opening a DM with <paramref name="userId"/> or posting in it answers ok:false with
    /// <paramref name="error"/> (user_not_found, account_inactive, cannot_dm_bot…).
    /// </summary>
    public void FailForUser(string userId, string error) => _userFailures[userId] = error;

    internal bool CanWriteFiles(string team) => !_withoutFilesWrite.ContainsKey(team);

    internal string? UserFailure(string userId) => _userFailures.TryGetValue(userId, out var error) ? error : null;

    /// <summary>What Slack does when an admin of <paramref name="teamId"/> approves the install: a single-use code for the redirect.</summary>
    public string Authorize(string teamId, string redirectUri)
    {
        var code = "code-" + teamId + "-" + NextId();
        _codes[code] = (_workspaces[teamId], redirectUri);
        return code;
    }

    internal FakeWorkspace? RedeemCode(string code, string redirectUri) =>
        _codes.TryRemove(code, out var grant) && grant.RedirectUri == redirectUri ? grant.Workspace : null;

    /// <summary>The team a bot token belongs to: the single-workspace token, or an installed workspace's.</summary>
    internal string? TeamOfBotToken(string? token) =>
        token == BotToken ? TeamId : _workspaces.Values.FirstOrDefault(w => w.BotToken == token)?.TeamId;

    public string NewTrigger(string user)
    {
        var trigger = "trigger-" + NextId();
        _triggers[trigger] = user;
        return trigger;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var socket in Sockets)
        {
            socket.Drop();
        }

        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }


        _http?.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private FakeSocket? NextOpenSocket()
    {
        var open = Sockets.Where(s => s.IsOpen).ToArray();
        return open.Length == 0 ? null : open[(int)((uint)Interlocked.Increment(ref _turn) % open.Length)];
    }

    internal string NextId() => Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);

    internal string? TriggerUser(string trigger) => _triggers.TryGetValue(trigger, out var user) ? user : null;

    internal void Record(FakeApiCall call)
    {
        if (KeepHistory)
        {
            _calls.Enqueue(call);
        }

        ApiCalled?.Invoke(call);
    }

    internal void AddMessage(FakeMessage message) => Channel(message.Channel).Add(message);

    internal bool UpdateMessage(string channel, string ts, string text, string blocks) => Channel(channel).Update(ts, text, blocks);

    internal void AddView(string channel, FakeView view) => Channel(channel).Add(view);

    private FakeChannel Channel(string channel) => _channels.GetOrAdd(channel, _ => new FakeChannel(KeepHistory));

    private async Task AcceptSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var webSocket = await context.WebSockets.AcceptWebSocketAsync();
        FakeSocket socket;
        lock (_sockets)
        {
            socket = new FakeSocket(_sockets.Count, webSocket, context);
        }

        await socket.SendAsync(new JsonObject { ["type"] = "hello", ["num_connections"] = 1, ["connection_info"] = new JsonObject { ["app_id"] = "A0FAKE" } });
        lock (_sockets)
        {
            _sockets.Add(socket);
        }

        _signal.Pulse();
        await socket.ReceiveAsync(OnSocketMessage);
        _signal.Pulse();
    }

    private void OnSocketMessage(JsonNode message, long receivedAt)
    {
        if ((string?)message["envelope_id"] is { } id && _deliveries.TryGetValue(id, out var delivery))
        {
            delivery.Ack(message["payload"]?.DeepClone(), receivedAt);
            if (!KeepHistory)
            {
                _deliveries.TryRemove(id, out _);
            }

            _signal.Pulse();
        }
    }
}
