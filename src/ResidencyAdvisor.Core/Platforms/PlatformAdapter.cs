using Microsoft.Extensions.Hosting;

namespace ResidencyAdvisor.Core.Platforms;

/// <summary>
/// A platform adapter as a hosted service. Anything that ends it other than the host stopping is fatal for this
/// adapter only: one log line and <see cref="AdapterStatus.FatalError"/> set, while the host and any other adapter
/// keep running.
/// </summary>
public abstract class PlatformAdapter(AdapterStatus status) : BackgroundService
{
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
        catch (Exception ex)
        {
            // Unexpected: report it as fatal rather than letting BackgroundService stop the whole host.
            StopForGood("unexpected error: " + ex.GetType().Name);
        }
        finally
        {
            await FinishAsync();
        }
    }

    /// <summary>Connects and serves until the host stops, or returns early after <see cref="StopForGood"/>.</summary>
    protected abstract Task RunAsync(CancellationToken stoppingToken);

    /// <summary>The adapter's own critical line for a fatal <paramref name="reason"/>.</summary>
    protected abstract void LogFatal(string reason);

    /// <summary>Lets work in flight finish, however the adapter stopped.</summary>
    protected virtual Task FinishAsync() => Task.CompletedTask;

    /// <summary>Stops this adapter for good: the status reports <paramref name="reason"/> and one line is logged.</summary>
    protected void StopForGood(string reason)
    {
        status.Fail(reason);
        LogFatal(reason);
    }
}
