using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>
/// Erases expired SQLite conversations, delivery ids, posted-message ids and used OAuth states at start and then every Storage:CleanupInterval
/// (Redis needs no such job: every key carries its own time to live).
/// </summary>
internal sealed class ExpiredConversationCleanup(
    SqliteConversationStore store,
    SqliteDeliveryLedger ledger,
    SqlitePostedMessageStore posted,
    SqliteOAuthStateStore states,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<ExpiredConversationCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
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
            var deliveries = await ledger.PurgeExpiredAsync(cancellationToken);
            var messages = await posted.PurgeExpiredAsync(cancellationToken);

            // Not logged: a handful of used install states says nothing an operator needs.
            await states.PurgeExpiredAsync(cancellationToken);
            if (conversations + deliveries + messages > 0)
            {
                logger.Purged(conversations, deliveries, messages);
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
