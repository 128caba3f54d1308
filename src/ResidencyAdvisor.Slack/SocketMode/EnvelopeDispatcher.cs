using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Slack.Interactions;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.SocketMode;

/// <summary>
/// Reads each Socket Mode frame: hello and disconnect go to the connection; every envelope is acknowledged exactly once,
/// before its work starts, and the work is queued.
/// </summary>
internal sealed class EnvelopeDispatcher(EnvelopeRouter router, WorkQueue queue, SlackAdapterStatus status,
    SlackMetrics metrics, ILogger<EnvelopeDispatcher> logger)
{
    public async ValueTask OnFrameAsync(ReadOnlyMemory<byte> frame, SocketModeConnection connection, CancellationToken cancellationToken)
    {
        var receivedAt = Stopwatch.GetTimestamp();
        SocketMessagePayload? message;
        try
        {
            message = SocketFrameReader.Read(frame.Span);
        }
        catch (JsonException ex)
        {
            logger.MalformedFrame("not JSON: " + ex.Message);
            return;
        }

        switch (message?.Type)
        {
            case null:
                logger.MalformedFrame("no type");
                return;
            case "hello":
                connection.MarkHello();
                return;
            case "disconnect":
                connection.MarkDisconnect(message.Reason ?? "unknown");
                return;
        }

        if (string.IsNullOrEmpty(message.EnvelopeId))
        {
            logger.MalformedFrame($"a {message.Type} frame without envelope_id");
            return;
        }

        status.EventReceived();
        var plan = router.TryPlan(message);
        await AckAsync(connection, message.EnvelopeId, await plan.AckPayloadAsync(cancellationToken), cancellationToken);
        metrics.Acked(receivedAt);
        if (plan.Work is { } work)
        {
            queue.Enqueue(plan.QueueKey, message.Type, ct => metrics.TimeAsync(receivedAt, work, ct));
        }
    }

    private static Task AckAsync(SocketModeConnection connection, string envelopeId, JsonElement? payload, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new SocketAckPayload(envelopeId, payload), SlackJsonContext.Default.SocketAckPayload);
        return connection.SendAsync(bytes, cancellationToken);
    }
}
