using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>Serves /health, built from every registered IHealthCheck, on the operations port (the Prometheus exporter serves /metrics on the same port).</summary>
internal sealed class HealthEndpoint(
    HealthCheckService checks,
    TimeProvider time,
    IOptions<OperationsOptions> options,
    ILogger<HealthEndpoint> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://{options.Value.Host}:{options.Value.Port}/health/");
        listener.Start();
        logger.HealthEndpointStarted(options.Value.Port);
        using var registration = stoppingToken.Register(listener.Stop);
        while (!stoppingToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (HttpListenerException ex)
            {
                logger.HealthRequestFailed(ex);
                continue;
            }

            _ = RespondAsync(context, stoppingToken);
        }
    }

    private async Task RespondAsync(HttpListenerContext context, CancellationToken cancellationToken)
    {
        try
        {
            var report = await checks.CheckHealthAsync(cancellationToken);
            var (status, body) = HealthJson.Write(report, time.GetUtcNow());
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body, cancellationToken);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            logger.HealthRequestFailed(ex);
        }
    }
}
