namespace ResidencyAdvisor.Core.Conversations.Delivery;

/// <summary>Remembers platform delivery ids for a while, so an event delivered twice is handled once.</summary>
public interface IDeliveryLedger
{
    /// <summary>True the first time an id is seen within <paramref name="window"/>; false for a repeat.</summary>
    ValueTask<bool> TryRecordAsync(string deliveryId, TimeSpan window, CancellationToken cancellationToken);
}
