using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Storage;

/// <summary>The store's health check: healthy when the configured store answers a trivial query within two seconds.</summary>
public sealed class StoreHealthCheck : IHealthCheck
{
    /// <summary>The name the check is registered under; /health shows it as "store".</summary>
    public const string Name = "store";

    /// <summary>The result's data key holding "sqlite" or "redis".</summary>
    public const string ProviderKey = "provider";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly IStorePing _store;
    private readonly IReadOnlyDictionary<string, object> _data;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    internal StoreHealthCheck(IStorePing store, string provider, ILogger<StoreHealthCheck> logger, TimeProvider? time = null)
    {
        _store = store;
        _data = new Dictionary<string, object> { [ProviderKey] = provider };
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // The ping itself is told to stop at the timeout, so a hung store does not collect pings still running;
            // WaitAsync bounds the check even for a ping that cannot notice (SQLite's runs synchronously).
            using var timeout = new CancellationTokenSource(Timeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            await _store.PingAsync(linked.Token).WaitAsync(Timeout, _time, cancellationToken);
            return HealthCheckResult.Healthy("The conversation store answered.", _data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Unhealthy with the provider named, whether the store failed or was too slow: the report must still say which store.
            _logger.PingFailed(ex);
            return new HealthCheckResult(context.Registration.FailureStatus, "The conversation store did not answer.", data: _data);
        }
    }
}
