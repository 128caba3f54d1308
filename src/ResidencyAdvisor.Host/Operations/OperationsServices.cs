using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using ResidencyAdvisor.Core.Telemetry;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>Registers metrics always, and the /metrics (every "ResidencyAdvisor*" meter) and /health endpoint when <c>Metrics:Port</c> is set.</summary>
internal static class OperationsServices
{
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

        services.AddHealthChecks();
        services.AddSingleton<HealthReportCache>();
        services.AddSingleton<PrometheusScraper>();
        services.AddHostedService<OperationsEndpoint>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("residency-advisor"))
            .WithMetrics(metrics => metrics
                .AddMeter(AdvisorMetrics.MeterName + "*")
                .AddView("advisor.turn.duration", new ExplicitBucketHistogramConfiguration { Boundaries = [0.5, 1, 2, 5, 10, 25, 50, 100, 250, 1000] })
                .AddView(AdapterDurationBuckets)
                .AddReader(sp => sp.GetRequiredService<PrometheusScraper>().Reader));
        return services;
    }

    /// <summary>Adapter latencies in ms, with bucket edges around the platforms' 3-second limit for a first response.</summary>
    private static ExplicitBucketHistogramConfiguration? AdapterDurationBuckets(Instrument instrument) =>
        instrument.Meter.Name.StartsWith(AdvisorMetrics.MeterName + ".", StringComparison.Ordinal)
        && instrument.Name.EndsWith(".duration", StringComparison.Ordinal)
            ? new ExplicitBucketHistogramConfiguration { Boundaries = [5, 10, 25, 50, 100, 250, 500, 1000, 2000, 2500, 3000, 5000, 10000] }
            : null;
}
