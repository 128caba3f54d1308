using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>
/// Runs the health checks at most once a second however often /health is asked, and never more than one run at a
/// time: a scraper hammering the endpoint cannot turn into a flood of store pings.
/// </summary>
internal sealed class HealthReportCache(HealthCheckService checks, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    private readonly object _gate = new();
    private Task<(int Status, byte[] Body)>? _current;
    private DateTimeOffset _checkedAt;

    /// <summary>The status code and JSON body of a report no older than <see cref="Lifetime"/>.</summary>
    public Task<(int Status, byte[] Body)> GetAsync()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_current is null || (_current.IsCompleted && now - _checkedAt >= Lifetime))
            {
                _checkedAt = now;
                _current = RunAsync(now);
            }

            return _current;
        }
    }

    private async Task<(int Status, byte[] Body)> RunAsync(DateTimeOffset at)
    {
        // Not tied to one request: a client hanging up must not cancel the run other requests share. Once the report
        // is written, whatever a check left running (a store ping past its timeout) is cancelled, not left to pile up.
        using var leftovers = new CancellationTokenSource();
        var report = await checks.CheckHealthAsync(leftovers.Token);
        await leftovers.CancelAsync();
        return HealthJson.Write(report, at);
    }
}
