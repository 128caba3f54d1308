using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Io;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Http;

/// <summary>
/// POST /discord/interactions: the shared signed-endpoint start (size, signature headers, read deadline, signature)
/// before anything is parsed, in the host before its concurrency limit when mapped there; then answers PING, or hands
/// the interaction to the same dispatcher the gateway uses, writing its initial response as this request's response.
/// </summary>
internal sealed class InteractionsEndpoint(
    DiscordRequestVerifier verifier,
    InteractionDispatcher dispatcher,
    IOptions<RequestBodyLimits> limits,
    TimeProvider time,
    ILogger<InteractionsEndpoint> logger)
{
    public const string Path = "/discord/interactions";

    /// <summary>Discord gives up after 3 s; the turn defers well before that, so this only bounds a stuck turn.</summary>
    public static readonly TimeSpan ResponseDeadline = TimeSpan.FromSeconds(3);

    private static readonly byte[] Pong = "{\"type\":1}"u8.ToArray();

    public async Task HandleAsync(HttpContext context)
    {
        var receivedAt = time.GetTimestamp();
        var request = context.Request;
        var start = context.Features.Get<SignedRequest>()
            ?? await SignedRequestStart.RunAsync(verifier, name => request.Headers[name], request.ContentLength, request.Body, limits.Value, time, context.RequestAborted);
        if (start.Body is not { } body)
        {
            logger.InteractionRequestRefused(start.Refusal!);
            context.Response.StatusCode = start.Status;
            context.Response.Headers.Connection = "close";
            return;
        }

        if (Parse(body) is not { } interaction)
        {
            logger.UnreadableInteraction();
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (interaction.Type == InteractionTypes.Ping)
        {
            await WriteJsonAsync(context.Response, Pong, context.RequestAborted);
            return;
        }

        await AnswerAsync(context, interaction, receivedAt);
    }

    private async Task AnswerAsync(HttpContext context, InteractionPayload interaction, long receivedAt)
    {
        var response = new HttpInitialResponse();
        interaction.ReceivedAt = receivedAt;
        interaction.HttpResponse = response;
        dispatcher.OnInteraction(interaction);
        byte[] json;
        try
        {
            var left = ResponseDeadline - time.GetElapsedTime(receivedAt);
            json = await response.Body.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, time, context.RequestAborted);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            // No answer is coming in time (a failed turn, a duplicate, or a stuck store): Discord shows its own error.
            response.Abandon();
            logger.NoInitialResponse(interaction.Type);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        try
        {
            await WriteJsonAsync(context.Response, json, context.RequestAborted);
            await context.Response.CompleteAsync();
            response.Written();
        }
        catch (Exception ex)
        {
            response.WriteFailed(ex);
            throw;
        }
    }

    private static InteractionPayload? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, DiscordJsonContext.Default.InteractionPayload);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task WriteJsonAsync(HttpResponse response, byte[] json, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        response.ContentLength = json.Length;
        await response.Body.WriteAsync(json, cancellationToken);
    }
}
