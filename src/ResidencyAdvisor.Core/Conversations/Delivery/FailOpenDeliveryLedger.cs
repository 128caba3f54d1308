using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Core.Conversations.Delivery;

/// <summary>
/// A delivery ledger that treats an unreachable store as "not seen yet": a rare double answer is better than
/// silence, and the conversation service then tells the student plainly whether their turn could be saved.
/// </summary>
public sealed class FailOpenDeliveryLedger(IDeliveryLedger inner, ILogger<FailOpenDeliveryLedger> logger) : IDeliveryLedger
{
    public async ValueTask<bool> TryRecordAsync(string deliveryId, TimeSpan window, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.TryRecordAsync(deliveryId, window, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.DeliveryLedgerFailed(ex);
            return true;
        }
    }
}
