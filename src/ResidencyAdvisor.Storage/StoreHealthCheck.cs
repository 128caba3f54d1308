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

    internal StoreHealthCheck(IStorePing store, string provider, ILogger<StoreHealthCheck> logger)
    {
        _store = store;
        _data = new Dictionary<string, object> { [ProviderKey] = provider };
        _logger = logger;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await _store.PingAsync(cancellationToken).WaitAsync(Timeout, cancellationToken);
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
