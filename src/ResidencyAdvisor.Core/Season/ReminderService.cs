using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// Runs the <see cref="ReminderScheduler"/> every <c>checkEvery</c> on the host's clock. A failing pass (the store
/// unreachable, a platform down) is logged and the next pass tries again: the leases in the store keep each reminder
/// to one delivery however many passes or instances there are.
/// </summary>
public sealed partial class ReminderService(
    ReminderScheduler scheduler, TimeProvider time, TimeSpan checkEvery, ILogger logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await scheduler.RunDueAsync(time.GetUtcNow(), stoppingToken);
                if (sent > 0)
                {
                    LogSent(logger, sent);
                }

                if (failing)
                {
                    LogRecovered(logger);
                    failing = false;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // One line per outage, not one per pass: a store down for an hour would otherwise log 60 warnings.
                if (!failing)
                {
                    LogPassFailed(logger, ex.GetType().Name);
                    failing = true;
                }
            }

            try
            {
                await Task.Delay(checkEvery, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Sent {Count} reminder(s)")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Reminders could not be checked ({Error}); trying again on every pass")]
    private static partial void LogPassFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Reminders are being checked again")]
    private static partial void LogRecovered(ILogger logger);
}
