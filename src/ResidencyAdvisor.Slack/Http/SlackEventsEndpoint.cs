using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Io;
using ResidencyAdvisor.Slack.Interactions;
using ResidencyAdvisor.Slack.Payloads;
using ResidencyAdvisor.Slack.SocketMode;

namespace ResidencyAdvisor.Slack.Http;

/// <summary>
/// POST /slack/events: every Slack request in HTTP mode. The shared signed-endpoint start (size, signature headers,
/// read deadline, signature) runs before anything is parsed, in the host before its concurrency limit when mapped
/// there; a refused request changes nothing and logs only why. The HTTP 200 is the ack, written before the work is queued.
/// </summary>
internal sealed class SlackEventsEndpoint(SlackRequestVerifier verifier, EnvelopeRouter router, WorkQueue queue,
    SlackAdapterStatus status, SlackMetrics metrics, IOptions<RequestBodyLimits> limits, TimeProvider time, ILogger<SlackEventsEndpoint> logger)
{
    public const string Path = "/slack/events";

    public async Task HandleAsync(HttpContext context)
    {
        var receivedAt = Stopwatch.GetTimestamp();
        var request = context.Request;
        var start = context.Features.Get<SignedRequest>()
            ?? await SignedRequestStart.RunAsync(verifier, name => request.Headers[name], request.ContentLength, request.Body, limits.Value, time, context.RequestAborted);
        if (start.Body is not { } body)
        {
            logger.RequestRefused(Path, start.Refusal!);
            context.Response.StatusCode = start.Status;
            context.Response.Headers.Connection = "close";
            return;
        }

        HttpEnvelope envelope;
        try
        {
            envelope = HttpEnvelopeReader.Read(request.ContentType, body, RetryNumber(request), request.Headers["X-Slack-Retry-Reason"]);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            // Signed by Slack but unreadable: acknowledge, since a retry would be just as unreadable.
            logger.MalformedRequest(ex.Message);
            return;
        }

        if (envelope.Challenge is { } challenge)
        {
            await WriteJsonAsync(context, JsonSerializer.SerializeToUtf8Bytes(new ChallengeResponsePayload(challenge),
                SlackJsonContext.Default.ChallengeResponsePayload));
            return;
        }

        if (envelope.Envelope is not { } message)
        {
            return;
        }

        status.EventReceived();
        var plan = router.TryPlan(message);
        if (await plan.AckPayloadAsync(context.RequestAborted) is { } ack)
        {
            await WriteJsonAsync(context, Encoding.UTF8.GetBytes(ack.GetRawText()));
        }

        await context.Response.CompleteAsync();
        metrics.Acked(receivedAt);
        if (plan.Work is { } work)
        {
            queue.Enqueue(plan.QueueKey, message.Type!, ct => metrics.TimeAsync(receivedAt, work, ct));
        }
    }

    private static int RetryNumber(HttpRequest request) =>
        int.TryParse(request.Headers["X-Slack-Retry-Num"], NumberStyles.None, CultureInfo.InvariantCulture, out var retry) ? retry : 0;

    private static Task WriteJsonAsync(HttpContext context, byte[] json)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = json.Length;
        return context.Response.Body.WriteAsync(json, context.RequestAborted).AsTask();
    }
}
