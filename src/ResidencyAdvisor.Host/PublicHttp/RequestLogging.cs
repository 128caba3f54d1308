using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Host.Listening;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>
/// One log line per public request: method, path, status and time. Never the query (an OAuth code), headers
/// (signatures) or body (a student's answers); ASP.NET Core's own request lines are turned down for the same reason.
/// The line shows the status the client got, also when reading the body failed (an oversized chunked body is 413).
/// </summary>
internal sealed class RequestLogging(ListenerPlan plan, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (plan.IsOperations(context.Connection.LocalPort))
        {
            // Scrapes every few seconds would drown the requests that matter.
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        int? status = null;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        catch (BadHttpRequestException refused) when (!context.Response.HasStarted)
        {
            // Kestrel refused the request body (past PublicHttp:MaxRequestBodyBytes, or too slow): that is the answer,
            // not an application error to log with a stack trace.
            status = context.Response.StatusCode = refused.StatusCode;
            context.Response.Headers.Connection = "close";
        }
        finally
        {
            // An exception past this point becomes Kestrel's 500, unless the response had already started.
            var answered = status ?? (context.Response.HasStarted ? context.Response.StatusCode : StatusCodes.Status500InternalServerError);
            logger.PublicRequest(LogText.Escape(context.Request.Method), LogText.Escape(context.Request.Path.Value ?? "/"), answered,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
