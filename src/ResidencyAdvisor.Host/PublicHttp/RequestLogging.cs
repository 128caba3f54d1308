using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>
/// One log line per request: method, path, status and time. Never the query (an OAuth code), headers (signatures)
/// or body (a student's answers); ASP.NET Core's own request lines are turned down for the same reason.
/// </summary>
internal sealed class RequestLogging(ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            logger.PublicRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
