using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Host.Listening;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>
/// GET /health and GET /metrics, on the operations port only. Other paths there are 404 and other methods 405
/// (routing's own answers); with <see cref="OperationsOptions.BearerToken"/> set any request without it is 401 first.
/// </summary>
internal static class OperationsEndpoints
{
    public const string HealthPath = "/health";
    public const string MetricsPath = "/metrics";

    private static readonly HttpMethodMetadata GetOnly = new([HttpMethods.Get]);

    public static void MapOperations(this WebApplication app)
    {
        var operations = app.MapGroup("").WithMetadata(OperationsOnlyMetadata.Instance, GetOnly);
        operations.MapHealthChecks(HealthPath, new HealthCheckOptions
        {
            // Degraded is not healthy here: a load balancer should take the instance out.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteHealthAsync,
        });
        operations.MapPrometheusScrapingEndpoint(MetricsPath);
    }

    /// <summary>
    /// Refuses any request to the operations port without the bearer token, before routing: 404 and 405 would tell a
    /// stranger which paths and methods exist.
    /// </summary>
    public static Task RequireBearerTokenAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.RequestServices.GetRequiredService<ListenerPlan>().IsOperations(context.Connection.LocalPort)
            || context.RequestServices.GetRequiredService<IOptions<OperationsOptions>>().Value.BearerToken is not { Length: > 0 } token
            || Presents(context.Request, token))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("A bearer token is required (Metrics:BearerToken).\n", context.RequestAborted);
    }

    private static bool Presents(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(token));
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        var checkedAt = context.RequestServices.GetService<CachedHealthCheckService>()?.CheckedAt(report)
            ?? context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return WriteAsync(context, "application/json", HealthJson.Write(report, checkedAt, context.RequestServices.GetService<AdvisorContent>()?.Calendar));
    }

    private static Task WriteAsync(HttpContext context, string contentType, byte[] body)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
