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
    GatewaySession session,
    IDispatchHandler handler,
    DiscordAdapterStatus status,
    TimeProvider time,
    ILogger logger) : IAsyncDisposable
{
    private readonly GatewaySocket _socket = new(logger);
    private volatile bool _acked = true;
    private volatile bool _zombie;
    private bool _healthy;

    public async Task<ConnectionOutcome> RunAsync(Uri gatewayUrl, bool resume, CancellationToken cancellationToken)
    {
        await ConnectAsync(gatewayUrl, cancellationToken);
        using var helloTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        helloTimeout.CancelAfter(options.HelloTimeout);
        var hello = await _socket.ReceiveAsync(helloTimeout.Token);
        if (hello is not { Op: GatewayOpcode.Hello, D: { } helloData })
        {
            var code = _socket.Closed ? _socket.CloseStatus : null;
            return code is null
                ? new ConnectionOutcome(ReconnectAction.Resume, null, "no Hello from the gateway", false)
                : new ConnectionOutcome(CloseCodeTable.ForCloseCode(code), code, CloseCodeTable.Describe(code), false);
        }

        // A nonsense interval from a broken server must not turn the heartbeat into a busy loop.
        var interval = TimeSpan.FromMilliseconds(Math.Max(100, (JsonSerializer.Deserialize(helloData.Span, DiscordJsonContext.Default.HelloPayload) ?? throw new JsonException("Hello without data")).HeartbeatInterval));
        status.ExpectTrafficWithin((interval * 2) + options.SilenceGrace);
        status.EventReceived();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeats = HeartbeatLoopAsync(interval, stop.Token);
        try
        {
            if (resume)
            {
                await _socket.SendAsync(new ResumeFramePayload(GatewayOpcode.Resume, new ResumePayload(options.Token, session.SessionId!, session.Sequence)),
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

    public ValueTask DisposeAsync() => _socket.DisposeAsync();

    /// <summary>Connects within <see cref="DiscordOptions.ConnectTimeout"/>; a hung handshake becomes a retryable <see cref="TimeoutException"/>.</summary>
    private async Task ConnectAsync(Uri gatewayUrl, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(options.ConnectTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await _socket.ConnectAsync(gatewayUrl, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The gateway WebSocket did not open within {options.ConnectTimeout}.");
        }
    }

    private async Task<ConnectionOutcome> ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var payload = await _socket.ReceiveAsync(cancellationToken);
            if (payload is null)
            {
                if (!_socket.Closed)
                {
                    continue; // malformed frame, already logged
                }

                var code = _socket.CloseStatus;
                return new ConnectionOutcome(CloseCodeTable.ForCloseCode(code), code, CloseCodeTable.Describe(code), _healthy);
            }

            status.EventReceived();
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
                var resumable = payload.DataIsTrue;
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
        var received = time.GetTimestamp();
        try
        {
            switch (payload.T)
            {
                case "READY" when payload.Data(DiscordJsonContext.Default.ReadyPayload) is { } ready:
                    session.Ready(ready.SessionId, new Uri(ready.ResumeGatewayUrl ?? throw new JsonException("READY without resume_gateway_url")));
                    MarkHealthy();
                    logger.GatewayReady(options.ShardId, options.ShardCount);
                    handler.OnReady(ready);
                    break;
                case "RESUMED":
                    MarkHealthy();
                    logger.GatewayResumed(session.Sequence);
                    break;
                case "INTERACTION_CREATE" when payload.Data(DiscordJsonContext.Default.InteractionPayload) is { } interaction:
                    interaction.ReceivedAt = received;
                    handler.OnInteraction(interaction);
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
        _socket.SendAsync(new IdentifyFramePayload(GatewayOpcode.Identify, new IdentifyPayload(
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
            await _socket.SendAsync(new HeartbeatFramePayload(GatewayOpcode.Heartbeat, session.Sequence), DiscordJsonContext.Default.HeartbeatFramePayload, cancellationToken);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // A failed beat shows up as a missing ACK or a closed socket.
        }
    }

    private TimeSpan InvalidSessionDelay() =>
        options.InvalidSessionMinDelay + ((options.InvalidSessionMaxDelay - options.InvalidSessionMinDelay) * Random.Shared.NextDouble());
}
