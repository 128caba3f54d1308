using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>
/// The public HTTP listener: a slim ASP.NET Core app, started only when some adapter registered
/// <see cref="PublicEndpoints"/>. It reads the host's configuration (ASPNETCORE_URLS or the "Kestrel" section),
/// logs through the host's loggers, and answers 503 with Retry-After when saturated.
/// </summary>
internal sealed class PublicListener(
    IServiceProvider hostServices,
    IConfiguration configuration,
    ILoggerFactory loggerFactory,
    IOptions<PublicHttpOptions> options,
    IEnumerable<PublicEndpoints> endpoints) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<PublicListener>();
    private WebApplication? _app;

    /// <summary>The addresses Kestrel bound, e.g. with port 0 replaced by the real one; empty before start.</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _app = Build();
        await _app.StartAsync(cancellationToken);
        Addresses = [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
        _logger.PublicListenerStarted(string.Join(", ", Addresses), string.Join(", ", endpoints.Select(e => e.Name)));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private WebApplication Build()
    {
        var settings = options.Value;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            // Endpoints from the "Kestrel" section win over ASPNETCORE_URLS, as in any ASP.NET Core app.
            kestrel.Configure(context.Configuration.GetSection("Kestrel"), reloadOnChange: false);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
        });
        builder.Services.AddSingleton<RequestLogging>();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetConcurrencyLimiter(
                "instance", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = settings.MaxConcurrentRequests,
                    QueueLimit = settings.QueueLimit,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                }));
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });

        var app = builder.Build();
        var requestLogging = app.Services.GetRequiredService<RequestLogging>();
        app.Use(requestLogging.InvokeAsync);
        app.UseRateLimiter();
        foreach (var mapping in endpoints)
        {
            mapping.Map(app, hostServices);
        }

        return app;
    }
}
