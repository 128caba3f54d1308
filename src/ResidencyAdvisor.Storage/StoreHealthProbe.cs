using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Storage;

/// <summary>Tells the host's health check whether the conversation store answers.</summary>
public sealed class StoreHealthProbe
{
    private readonly IStorePing _store;
    private readonly ILogger _logger;

    internal StoreHealthProbe(IStorePing store, IOptions<StorageOptions> options, ILogger<StoreHealthProbe>? logger = null)
    {
        _store = store;
        _logger = logger ?? NullLogger<StoreHealthProbe>.Instance;
        Provider = options.Value.UsesRedis ? StorageOptions.RedisProvider : StorageOptions.SqliteProvider;
    }

    /// <summary>"sqlite" or "redis".</summary>
    public string Provider { get; }

    /// <summary>True when the store answered a trivial query; false (logged) when it failed or timed out.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _store.PingAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.PingFailed(ex);
            return false;
        }
    }
}
