using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Gateway;

/// <summary>
/// One WebSocket connection to the gateway, from Hello to close: heartbeats (first one jittered), Identify or Resume,
/// dispatches, and a zombie check (no ACK since the last heartbeat means the link is dead).
/// </summary>
internal sealed class GatewayConnection(
    DiscordOptions options,
    DiscordTimings timings,
    GatewaySession session,
    IDispatchHandler handler,
    DiscordAdapterStatus status,
    TimeProvider time,
    ILogger logger) : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private volatile bool _acked = true;
    private volatile bool _zombie;
    private bool _healthy;

    public async Task<ConnectionOutcome> RunAsync(Uri gatewayUrl, bool resume, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(WithQuery(gatewayUrl), cancellationToken);
        using var helloTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        helloTimeout.CancelAfter(timings.HelloTimeout);
        var hello = await ReceiveAsync(helloTimeout.Token);
        if (hello is not { Op: GatewayOpcode.Hello, D: { } helloData })
        {
            return new ConnectionOutcome(ReconnectAction.Resume, null, "no Hello from the gateway", false);
        }

        var interval = TimeSpan.FromMilliseconds(helloData.Deserialize(DiscordJsonContext.Default.HelloPayload)!.HeartbeatInterval);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeats = HeartbeatLoopAsync(interval, stop.Token);
        try
        {
            if (resume)
            {
                await SendAsync(new ResumeFramePayload(GatewayOpcode.Resume, new ResumePayload(options.Token, session.SessionId!, session.Sequence)),
                    DiscordJsonContext.Default.ResumeFramePayload, cancellationToken);
            }
            else
            {
                await IdentifyAsync(cancellationToken);
            }

            return await ReceiveLoopAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException
                                       && !cancellationToken.IsCancellationRequested)
        {
            // No close frame: a dropped link or our own zombie abort. Either way the session may still resume.
            return new ConnectionOutcome(ReconnectAction.Resume, null, _zombie ? "zombie connection (no heartbeat ACK)" : "connection dropped", _healthy);
        }
        finally
        {
            await stop.CancelAsync();
            await heartbeats;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            // 4000 rather than 1000: a normal close would invalidate the session we want to resume.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)4000, "reconnecting", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // Already gone; nothing to tidy.
            }
        }

        _socket.Dispose();
        _sendLock.Dispose();
    }

    private async Task<ConnectionOutcome> ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var payload = await ReceiveAsync(cancellationToken);
            if (payload is null)
            {
                if (_socket.State != WebSocketState.CloseReceived && _socket.State != WebSocketState.Closed)
                {
                    continue; // malformed frame, already logged
                }

                var code = (int?)_socket.CloseStatus;
                return new ConnectionOutcome(CloseCodeTable.ForCloseCode(code), code, CloseCodeTable.Describe(code), _healthy);
            }

            status.Heard(time.GetUtcNow());
            if (Handle(payload) is { } outcome)
            {
                return outcome;
            }
        }
    }

    private ConnectionOutcome? Handle(GatewayPayload payload)
    {
        switch (payload.Op)
        {
            case GatewayOpcode.Dispatch:
                if (payload.S is { } s)
                {
                    session.Saw(s);
                }

                OnDispatch(payload);
                return null;
            case GatewayOpcode.Heartbeat:
                _ = SendHeartbeatAsync(CancellationToken.None);
                return null;
            case GatewayOpcode.HeartbeatAck:
                _acked = true;
                return null;
            case GatewayOpcode.Reconnect:
                logger.ReconnectRequested();
                return new ConnectionOutcome(ReconnectAction.Resume, null, "reconnect requested (op 7)", true, TimeSpan.Zero);
            case GatewayOpcode.InvalidSession:
                var resumable = payload.D is { ValueKind: JsonValueKind.True };
                logger.SessionInvalidated(resumable);
                return resumable
                    ? new ConnectionOutcome(ReconnectAction.Resume, null, "invalid session (resumable)", true, TimeSpan.Zero)
                    : new ConnectionOutcome(ReconnectAction.Identify, null, "invalid session", true, InvalidSessionDelay());
            default:
                logger.UnknownPayload(payload.Op, payload.T);
                return null;
        }
    }

    private void OnDispatch(GatewayPayload payload)
    {
        var received = Stopwatch.GetTimestamp();
        try
        {
            switch (payload.T)
            {
                case "READY" when payload.D?.Deserialize(DiscordJsonContext.Default.ReadyPayload) is { } ready:
                    session.Ready(ready.SessionId, new Uri(ready.ResumeGatewayUrl ?? throw new JsonException("READY without resume_gateway_url")));
                    MarkHealthy();
                    logger.GatewayReady(options.ShardId, options.ShardCount);
                    handler.OnReady(ready);
                    break;
                case "RESUMED":
                    MarkHealthy();
                    logger.GatewayResumed(session.Sequence);
                    break;
                case "INTERACTION_CREATE" when payload.D?.Deserialize(DiscordJsonContext.Default.InteractionPayload) is { } interaction:
                    handler.OnInteraction(interaction, received);
                    break;
                default:
                    logger.UnknownPayload(payload.Op, payload.T);
                    break;
            }
        }
        catch (Exception ex) when (ex is JsonException or UriFormatException or NotSupportedException or InvalidOperationException)
        {
            logger.MalformedPayload(ex);
        }
    }

    private void MarkHealthy()
    {
        _healthy = true;
        status.SetConnected(true);
    }

    private Task IdentifyAsync(CancellationToken cancellationToken) =>
        SendAsync(new IdentifyFramePayload(GatewayOpcode.Identify, new IdentifyPayload(
                options.Token,
                Intents: 0, // interactions arrive without any intent; no privileged intents needed
                new IdentifyPropertiesPayload(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "residency-advisor", "residency-advisor"),
                [options.ShardId, options.ShardCount])),
            DiscordJsonContext.Default.IdentifyFramePayload, cancellationToken);

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            // Discord asks for the first beat at interval * jitter so reconnecting clients do not beat in step.
            await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!_acked)
                {
                    logger.ZombieConnection();
                    _zombie = true;
                    _socket.Abort();
                    return;
                }

                _acked = false;
                await SendHeartbeatAsync(cancellationToken);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; the receive loop reports why.
        }
    }

    private async Task SendHeartbeatAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(new HeartbeatFramePayload(GatewayOpcode.Heartbeat, session.Sequence), DiscordJsonContext.Default.HeartbeatFramePayload, cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // A failed beat shows up as a missing ACK or a closed socket.
        }
    }

    private async Task SendAsync<T>(T payload, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, typeInfo);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next frame, or null on close or a malformed frame.</summary>
    private async Task<GatewayPayload?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(_buffer.GetMemory(8 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _buffer.Advance(result.Count);
        }
        while (!result.EndOfMessage);

        try
        {
            return JsonSerializer.Deserialize(_buffer.WrittenSpan, DiscordJsonContext.Default.GatewayPayload);
        }
        catch (JsonException ex)
        {
            logger.MalformedPayload(ex);
            return null;
        }
    }

    private TimeSpan InvalidSessionDelay() =>
        timings.InvalidSessionMinDelay + ((timings.InvalidSessionMaxDelay - timings.InvalidSessionMinDelay) * Random.Shared.NextDouble());

    private static Uri WithQuery(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
