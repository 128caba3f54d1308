using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Discord.Gateway;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// Takes dispatches off the gateway's receive loop: each interaction runs on its own task (so one slow turn never
/// holds up the socket), is handled once even if a resume replays it, and every failure is logged, never lost.
/// </summary>
internal sealed class InteractionDispatcher(
    InteractionHandler handler,
    IDeliveryLedger ledger,
    DiscordTimings timings,
    ILogger<InteractionDispatcher> logger) : IDispatchHandler
{
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private CancellationToken _stopping;

    /// <summary>Raised with the READY payload, for command registration once the application id is known.</summary>
    public event Action<ReadyPayload>? Ready;

    public void Start(CancellationToken stopping) => _stopping = stopping;

    public void OnReady(ReadyPayload ready) => Ready?.Invoke(ready);

    public void OnInteraction(InteractionPayload interaction)
    {
        var task = RunAsync(interaction);
        _running[task] = true;
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Waits for interactions in flight, so a shutdown does not drop a student's answer half-sent.</summary>
    public Task DrainAsync() => Task.WhenAll(_running.Keys);

    private async Task RunAsync(InteractionPayload interaction)
    {
        await Task.Yield();
        try
        {
            if (!await ledger.TryRecordAsync("discord:" + interaction.Id, timings.InteractionDedupeWindow, _stopping))
            {
                logger.DuplicateInteraction(interaction.Id);
                return;
            }

            await handler.HandleAsync(interaction, _stopping);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            logger.InteractionFailed(interaction.Type, ex);
        }
    }
}
