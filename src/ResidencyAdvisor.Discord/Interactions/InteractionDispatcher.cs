using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Discord.Gateway;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// Takes dispatches off the gateway's receive loop (or the interactions endpoint) onto Core's <see cref="WorkQueue"/>:
/// each interaction runs beside the others (Discord's 3 s count from arrival, so none waits behind another student's,
/// and Core serializes one conversation's turns itself), is handled once even if a resume replays it, and every
/// failure is logged, never lost.
/// </summary>
internal sealed class InteractionDispatcher : IDispatchHandler, IDisposable
{
    private readonly DiscordTurnSender _turns;
    private readonly IOptions<DiscordOptions> _options;
    private readonly DiscordMetrics _metrics;
    private readonly ILogger<InteractionDispatcher> _logger;
    private readonly WorkQueue _queue;

    public InteractionDispatcher(DiscordTurnSender turns, IOptions<DiscordOptions> options, DiscordMetrics metrics,
        ILogger<InteractionDispatcher> logger)
    {
        (_turns, _options, _metrics, _logger) = (turns, options, metrics, logger);
        _queue = new WorkQueue((what, ex) => logger.InteractionFailed(what, ex));
    }

    /// <summary>Raised with the READY payload, for command registration once the application id is known.</summary>
    public event Action<ReadyPayload>? Ready;

    public void OnReady(ReadyPayload ready) => Ready?.Invoke(ready);

    public void OnInteraction(InteractionPayload interaction) =>
        _queue.Enqueue(null, interaction.Type.ToString(CultureInfo.InvariantCulture), ct => RunAsync(interaction, ct));

    /// <summary>Lets interactions in flight finish, so a shutdown does not drop a student's answer half-sent; after the grace period they are cancelled.</summary>
    public Task DrainAsync() => _queue.DrainAsync();

    public void Dispose() => _queue.Dispose();

    private async Task RunAsync(InteractionPayload interaction, CancellationToken cancellationToken)
    {
        try
        {
            // No ledger write here: the turn records the delivery with its save (one write per action), and tells a repeat.
            var delivery = new DeliveryRecord(DeliveryKeys.KeyOf(DiscordServiceCollectionExtensions.Platform, null, interaction.Id),
                _options.Value.DeliveryWindow);
            if (!await _turns.SendAsync(interaction, delivery, cancellationToken))
            {
                _logger.DuplicateInteraction(interaction.Id);
                return;
            }

            _metrics.InteractionHandled();
        }
        finally
        {
            // An HTTP request still waiting gets its answer now: nothing will come (a duplicate, or a failure).
            interaction.HttpResponse?.Abandon();
        }
    }
}
