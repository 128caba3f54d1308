using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using ResidencyAdvisor.Core.Telemetry;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>Registers metrics always, and what /metrics (every "ResidencyAdvisor*" meter) and /health need when <c>Metrics:Port</c> is set.</summary>
internal static class OperationsServices
{
    private const string UncachedKey = "uncached";

    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<AdvisorMetrics>();
        services.AddOptionsWithValidateOnStart<OperationsOptions, OperationsOptionsValidator>()
            .BindConfiguration(OperationsOptions.SectionName);

        var port = configuration.GetValue<int>($"{OperationsOptions.SectionName}:{nameof(OperationsOptions.Port)}");
        if (port <= 0)
        {
            return services;
        }

        AddCachedHealthChecks(services);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("residency-advisor"))
            .WithMetrics(metrics => metrics
                .AddMeter(AdvisorMetrics.MeterName + "*")
                .AddView("advisor.turn.duration", new ExplicitBucketHistogramConfiguration { Boundaries = [0.5, 1, 2, 5, 10, 25, 50, 100, 250, 1000] })
                .AddView(AdapterDurationBuckets)
                .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    /// <summary>The framework's health check service, behind <see cref="CachedHealthCheckService"/>.</summary>
    private static void AddCachedHealthChecks(IServiceCollection services)
    {
        services.AddHealthChecks();
        var framework = services.Last(d => d.ServiceType == typeof(HealthCheckService));
        if (framework.ImplementationType is not { } implementation)
        {
            return; // Someone registered their own service already: leave it as it is.
        }

        services.Remove(framework);
        services.AddKeyedSingleton(typeof(HealthCheckService), UncachedKey, implementation);
        services.AddSingleton(sp => new CachedHealthCheckService(
            sp.GetRequiredKeyedService<HealthCheckService>(UncachedKey), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<HealthCheckService>(sp => sp.GetRequiredService<CachedHealthCheckService>());
    }

    /// <summary>Adapter latencies in ms, with bucket edges around the platforms' 3-second limit for a first response.</summary>
    private static ExplicitBucketHistogramConfiguration? AdapterDurationBuckets(Instrument instrument) =>
        instrument.Meter.Name.StartsWith(AdvisorMetrics.MeterName + ".", StringComparison.Ordinal)
        && instrument.Name.EndsWith(".duration", StringComparison.Ordinal)
            ? new ExplicitBucketHistogramConfiguration { Boundaries = [5, 10, 25, 50, 100, 250, 500, 1000, 2000, 2500, 3000, 5000, 10000] }
            : null;
}
