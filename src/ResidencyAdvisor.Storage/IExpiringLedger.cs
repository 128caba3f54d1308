namespace ResidencyAdvisor.Storage;

/// <summary>A delivery ledger whose expired ids the cleanup job must erase (Redis expires them by itself).</summary>
internal interface IExpiringLedger
{
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken);
}
