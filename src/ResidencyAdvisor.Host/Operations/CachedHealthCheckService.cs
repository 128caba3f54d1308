using System.Runtime.CompilerServices;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>
/// Runs the health checks at most once a second however often /health is asked, and never more than one run at a
/// time: a scraper hammering the endpoint cannot turn into a flood of store pings. It stands in for the framework's
/// service, so MapHealthChecks serves the shared report.
/// </summary>
internal sealed class CachedHealthCheckService(HealthCheckService checks, TimeProvider time) : HealthCheckService
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly ConditionalWeakTable<HealthReport, StrongBox<DateTimeOffset>> _checkedAt = [];
    private Task<HealthReport>? _current;
    private DateTimeOffset _startedAt;

    public override Task<HealthReport> CheckHealthAsync(Func<HealthCheckRegistration, bool>? predicate, CancellationToken cancellationToken = default)
    {
        if (predicate is not null)
        {
            // A filtered report is not the one /health shares.
            return checks.CheckHealthAsync(predicate, cancellationToken);
        }

        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_current is null || (_current.IsCompleted && now - _startedAt >= Lifetime))
            {
                _startedAt = now;
                _current = RunAsync(now);
            }

            return _current;
        }
    }

    /// <summary>When the report's checks started: what /health shows as checkedAt, however late it is served.</summary>
    public DateTimeOffset CheckedAt(HealthReport report) => _checkedAt.TryGetValue(report, out var at) ? at.Value : time.GetUtcNow();

    private async Task<HealthReport> RunAsync(DateTimeOffset at)
    {
        // Not tied to one request: a client hanging up must not cancel the run other requests share. Once the report
        // is written, whatever a check left running (a store ping past its timeout) is cancelled, not left to pile up.
        using var leftovers = new CancellationTokenSource();
        var report = await checks.CheckHealthAsync(predicate: null, leftovers.Token);
        await leftovers.CancelAsync();
        _checkedAt.AddOrUpdate(report, new StrongBox<DateTimeOffset>(at));
        return report;
    }
}
