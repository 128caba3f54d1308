using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Storage;

/// <summary>Erases expired conversations and delivery ids at start and then every Storage:CleanupInterval.</summary>
internal sealed class ExpiredConversationCleanup(
    IConversationStore store,
    IDeliveryLedger ledger,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<ExpiredConversationCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.UsesRedis)
        {
            // Every Redis save sets the key's time to live; there is nothing to sweep.
            return;
        }

        logger.CleanupScheduled(settings.RetentionDays, settings.CleanupInterval);
        using var timer = new PeriodicTimer(settings.CleanupInterval, time);
        do
        {
            await PurgeOnceAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    internal async Task PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var conversations = await store.PurgeExpiredAsync(cancellationToken);
            var deliveries = (ledger is FailOpenDeliveryLedger guarded ? guarded.Inner : ledger) is IExpiringLedger expiring ? await expiring.PurgeExpiredAsync(cancellationToken) : 0;
            if (conversations + deliveries > 0)
            {
                logger.Purged(conversations, deliveries);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failed purge must not stop the host: the next interval tries again, and loads ignore expired rows anyway.
            logger.PurgeFailed(ex);
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
