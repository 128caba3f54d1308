using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>
/// Runs the signed-endpoint start of a route that carries an <see cref="IRequestSignature"/> before the concurrency
/// limiter, so that a request without usable signature headers, or one whose body trickles in, never holds a slot a
/// platform's request needs: it is refused (401, 413, 408) or its body is in memory before it waits for a slot. The
/// endpoint then takes the verified body from the request's features instead of reading it again.
/// </summary>
internal sealed class SignedRequestGate(IOptions<RequestBodyLimits> limits, TimeProvider time, ILogger<SignedRequestGate> logger)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSignature>() is not { } signature)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        var start = await SignedRequestStart.RunAsync(signature, name => request.Headers[name], request.ContentLength, request.Body,
            limits.Value, time, context.RequestAborted);
        if (start.Body is null)
        {
            logger.SignedRequestRefused(LogText.Escape(request.Path.Value ?? "/"), start.Refusal!);
            context.Response.StatusCode = start.Status;
            context.Response.Headers.Connection = "close";
            return;
        }

        context.Features.Set(start);
        await next(context);
    }
}
