using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Core.Conversations.Delivery;

/// <summary>
/// A delivery ledger that treats an unreachable store as "not seen yet": a rare double answer is better than
/// silence, and the conversation service then tells the student plainly whether their turn could be saved.
/// </summary>
public sealed class FailOpenDeliveryLedger(IDeliveryLedger inner, ILogger<FailOpenDeliveryLedger> logger) : IDeliveryLedger
{
    public ValueTask<bool> TryRecordAsync(string deliveryId, TimeSpan window, CancellationToken cancellationToken) =>
        FailOpenAsync(() => inner.TryRecordAsync(deliveryId, window, cancellationToken), cancellationToken);

    public ValueTask<bool> TryRecordAsync(ConversationKey owner, string deliveryId, TimeSpan window, CancellationToken cancellationToken) =>
        FailOpenAsync(() => inner.TryRecordAsync(owner, deliveryId, window, cancellationToken), cancellationToken);

    // Takes the call, not its task, so a store that throws before it returns a task fails open too.
    private async ValueTask<bool> FailOpenAsync(Func<ValueTask<bool>> record, CancellationToken cancellationToken)
    {
        try
        {
            return await record();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.DeliveryLedgerFailed(ex);
            return true;
        }
    }
}
