using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>
/// The fake gateway: Hello, heartbeat ACKs, Identify → READY, Resume → replay + RESUMED, and the knobs tests use to
/// drop sockets, ask for reconnects, invalidate sessions, stop ACKing or close with a code.
/// </summary>
public sealed class FakeGateway(FakeDiscordSettings settings)
{
    private readonly Lock _gate = new();
    private readonly List<(int Seq, string Json)> _log = [];
    private readonly List<string> _connections = [];
    private TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private FakeSocket? _current;
    private string? _sessionId;
    private int _sessionCount;
    private int _seq;
    private int _identifies;
    private int _resumes;
    private int _heartbeats;

    public string? ResumeUrl { get; internal set; }

    /// <summary>When false, heartbeats go unanswered (a zombie connection) until the next connection.</summary>
    public bool AckHeartbeats { get; set; } = true;

    public int Identifies => Volatile.Read(ref _identifies);

    public int Resumes => Volatile.Read(ref _resumes);

    public int Heartbeats => Volatile.Read(ref _heartbeats);

    /// <summary>The path and query of every connection, in order.</summary>
    public IReadOnlyList<string> Connections
    {
        get
        {
            lock (_gate)
            {
                return [.. _connections];
            }
        }
    }

    /// <summary>The last Identify or Resume payload received.</summary>
    public JsonNode? LastHandshake { get; private set; }

    /// <summary>Completes when the bot is identified or resumed on a connection opened after the last reset.</summary>
    public Task WhenReadyAsync(TimeSpan timeout) => _ready.Task.WaitAsync(timeout);

    /// <summary>Makes <see cref="WhenReadyAsync"/> wait for the next READY or RESUMED.</summary>
    public void ExpectReconnect()
    {
        lock (_gate)
        {
            _ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void DropConnection() => _current?.Abort();

    public Task SendReconnectAsync() => SendToCurrentAsync("""{"op":7,"d":null}""");

    public Task SendInvalidSessionAsync(bool resumable)
    {
        if (!resumable)
        {
            lock (_gate)
            {
                _sessionId = null;
            }
        }

        return SendToCurrentAsync($$"""{"op":9,"d":{{(resumable ? "true" : "false")}}}""");
    }

    public Task CloseAsync(int code) => _current?.CloseAsync(code) ?? Task.CompletedTask;

    public Task SendRawAsync(string json) => SendToCurrentAsync(json);

    /// <summary>Queues a dispatch; it is sent now if connected, or replayed when the bot resumes.</summary>
    public Task DispatchAsync(string eventName, JsonObject data)
    {
        string json;
        FakeSocket? socket;
        lock (_gate)
        {
            var seq = ++_seq;
            json = new JsonObject { ["op"] = 0, ["t"] = eventName, ["s"] = seq, ["d"] = data }.ToJsonString();
            _log.Add((seq, json));
            // Enough to replay what a resume missed, without growing through a long load run.
            if (_log.Count > 2_000)
            {
                _log.RemoveRange(0, 1_000);
            }

            socket = _current;
        }

        return socket?.SendAsync(json) ?? Task.CompletedTask;
    }

    internal async Task RunAsync(WebSocket webSocket, string pathAndQuery, CancellationToken cancellationToken)
    {
        var socket = new FakeSocket(webSocket);
        lock (_gate)
        {
            _connections.Add(pathAndQuery);
            _current = socket;
        }

        AckHeartbeats = true;
        var hello = new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = (int)settings.HeartbeatInterval.TotalMilliseconds } };
        await socket.SendAsync(hello.ToJsonString());
        try
        {
            while (await socket.ReceiveAsync(cancellationToken) is { } text)
            {
                if (JsonNode.Parse(text) is JsonObject frame && !await HandleAsync(socket, frame))
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or System.Text.Json.JsonException)
        {
            // The bot went away or sent garbage; a real gateway would just drop it too.
        }
        finally
        {
            lock (_gate)
            {
                if (_current == socket)
                {
                    _current = null;
                }
            }
        }
    }

    private async Task<bool> HandleAsync(FakeSocket socket, JsonObject frame)
    {
        switch ((int?)frame["op"])
        {
            case 1:
                Interlocked.Increment(ref _heartbeats);
                if (AckHeartbeats)
                {
                    await socket.SendAsync("""{"op":11}""");
                }

                return true;
            case 2:
                return await IdentifyAsync(socket, frame["d"]);
            case 6:
                return await ResumeAsync(socket, frame["d"]);
            default:
                await socket.CloseAsync(4001);
                return false;
        }
    }

    private async Task<bool> IdentifyAsync(FakeSocket socket, JsonNode? data)
    {
        Interlocked.Increment(ref _identifies);
        LastHandshake = data;
        if (settings.RejectIdentify || (string?)data?["token"] != settings.Token)
        {
            await socket.CloseAsync(4004);
            return false;
        }

        string json;
        lock (_gate)
        {
            _sessionId = $"session-{++_sessionCount}";
            _seq = 0;
            _log.Clear();
            var ready = new JsonObject
            {
                ["v"] = 10,
                ["session_id"] = _sessionId,
                ["resume_gateway_url"] = ResumeUrl,
                ["user"] = new JsonObject { ["id"] = "200000000000000002", ["username"] = "ResidencyAdvisor", ["bot"] = true },
                ["application"] = new JsonObject { ["id"] = settings.ApplicationId, ["flags"] = 0 },
                ["guilds"] = new JsonArray(),
                ["shard"] = data?["shard"]?.DeepClone(),
            };
            json = new JsonObject { ["op"] = 0, ["t"] = "READY", ["s"] = ++_seq, ["d"] = ready }.ToJsonString();
        }

        await socket.SendAsync(json);
        _ready.TrySetResult();
        return true;
    }

    private async Task<bool> ResumeAsync(FakeSocket socket, JsonNode? data)
    {
        Interlocked.Increment(ref _resumes);
        LastHandshake = data;
        List<string> replay;
        lock (_gate)
        {
            if (_sessionId is null || (string?)data?["session_id"] != _sessionId || (string?)data?["token"] != settings.Token)
            {
                replay = [];
            }
            else
            {
                var after = (int?)data?["seq"] ?? 0;
                replay = [.. _log.Where(e => e.Seq > after).Select(e => e.Json)];
                replay.Add(new JsonObject { ["op"] = 0, ["t"] = "RESUMED", ["s"] = ++_seq, ["d"] = null }.ToJsonString());
            }
        }

        if (replay.Count == 0)
        {
            await socket.SendAsync("""{"op":9,"d":false}""");
            return true;
        }

        foreach (var json in replay)
        {
            await socket.SendAsync(json);
        }

        _ready.TrySetResult();
        return true;
    }

    private Task SendToCurrentAsync(string json) => _current?.SendAsync(json) ?? Task.CompletedTask;
}
