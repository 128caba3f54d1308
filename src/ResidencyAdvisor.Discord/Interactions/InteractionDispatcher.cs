using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Discord.Gateway;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// Takes dispatches off the gateway's receive loop (or the interactions endpoint): each interaction runs on its own task (so one slow turn never
/// holds up the socket), is handled once even if a resume replays it, and every failure is logged, never lost.
/// </summary>
internal sealed class InteractionDispatcher(
    TurnRunner turns,
    IDeliveryLedger ledger,
    IOptions<DiscordOptions> options,
    DiscordMetrics metrics,
    ILogger<InteractionDispatcher> logger) : IDispatchHandler, IDisposable
{
    /// <summary>How long a shutdown lets turns in flight finish (Discord waits 3 s for a first response anyway).</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Task, bool> _running = new();

    // Turns run on their own token: the host's stopping token would cancel a half-sent answer the moment a deploy starts.
    private readonly CancellationTokenSource _work = new();

    /// <summary>Raised with the READY payload, for command registration once the application id is known.</summary>
    public event Action<ReadyPayload>? Ready;

    public void OnReady(ReadyPayload ready) => Ready?.Invoke(ready);

    public void OnInteraction(InteractionPayload interaction)
    {
        var task = RunAsync(interaction);
        _running[task] = true;
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Lets interactions in flight finish, so a shutdown does not drop a student's answer half-sent; after the grace period they are cancelled.</summary>
    public async Task DrainAsync()
    {
        try
        {
            await Task.WhenAll(_running.Keys).WaitAsync(ShutdownGrace);
        }
        catch (TimeoutException)
        {
            await _work.CancelAsync();
            await Task.WhenAll(_running.Keys);
        }
    }

    public void Dispose() => _work.Dispose();

    private async Task RunAsync(InteractionPayload interaction)
    {
        await Task.Yield();
        try
        {
            if (!await ledger.TryRecordAsync(DiscordServiceCollectionExtensions.Platform + ":" + interaction.Id, options.Value.DeliveryWindow, _work.Token))
            {
                logger.DuplicateInteraction(interaction.Id);
                return;
            }

            metrics.InteractionHandled();
            await turns.RunAsync(interaction, _work.Token);
        }
        catch (OperationCanceledException) when (_work.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            logger.InteractionFailed(interaction.Type, ex);
        }
        finally
        {
            // An HTTP request still waiting gets its answer now: nothing will come (a duplicate, or a failure).
            interaction.HttpResponse?.Abandon();
        }
    }
}
