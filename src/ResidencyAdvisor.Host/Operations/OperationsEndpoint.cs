using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>
/// Serves GET /health and GET /metrics on the operations port, and nothing else: other paths are 404, other methods
/// 405, and with <see cref="OperationsOptions.BearerToken"/> set a request without it is 401. The listener starts
/// with the host, so a busy port stops the program at once.
/// </summary>
internal sealed class OperationsEndpoint(
    HealthReportCache health,
    PrometheusScraper metrics,
    IOptions<OperationsOptions> options,
    ILogger<OperationsEndpoint> logger) : BackgroundService
{
    /// <summary>Requests answered at once; more wait in the listener's queue.</summary>
    private const int MaxConcurrentRequests = 4;

    private readonly HttpListener _listener = new();
    private readonly SemaphoreSlim _slots = new(MaxConcurrentRequests, MaxConcurrentRequests);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        _listener.Prefixes.Add($"http://{settings.Host}:{settings.Port}/");
        _listener.Start();
        logger.HealthEndpointStarted(settings.Port);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _listener.Close();
        _slots.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var registration = stoppingToken.Register(_listener.Stop);
        while (!stoppingToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                await _slots.WaitAsync(stoppingToken);
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (HttpListenerException ex)
            {
                _slots.Release();
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
            var (status, contentType, body) = await AnswerAsync(context.Request);
            context.Response.StatusCode = status;
            if (status == 405)
            {
                context.Response.AddHeader("Allow", "GET");
            }
            else if (status == 401)
            {
                context.Response.AddHeader("WWW-Authenticate", "Bearer");
            }

            context.Response.ContentType = contentType;
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body, cancellationToken);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            logger.HealthRequestFailed(ex);
            context.Response.Abort();
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<(int Status, string ContentType, byte[] Body)> AnswerAsync(HttpListenerRequest request)
    {
        var path = request.Url?.AbsolutePath;
        if (path is not ("/health" or "/metrics"))
        {
            return Plain(404, "Not found: this port serves GET /health and GET /metrics.");
        }

        if (request.HttpMethod != "GET")
        {
            return Plain(405, "Only GET is allowed.");
        }

        if (!Authorized(request))
        {
            return Plain(401, "A bearer token is required (Metrics:BearerToken).");
        }

        if (path == "/metrics")
        {
            return (200, "text/plain; version=0.0.4; charset=utf-8", metrics.Scrape());
        }

        var (status, body) = await health.GetAsync();
        return (status, "application/json", body);
    }

    private bool Authorized(HttpListenerRequest request)
    {
        if (options.Value.BearerToken is not { Length: > 0 } token)
        {
            return true;
        }

        var header = request.Headers["Authorization"] ?? "";
        const string scheme = "Bearer ";
        var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : "";
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(token));
    }

    private static (int, string, byte[]) Plain(int status, string text) => (status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text + "\n"));
}
