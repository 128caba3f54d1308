namespace ResidencyAdvisor.Core.Conversations.Delivery;

/// <summary>
/// Remembers platform delivery ids for a while, so an event delivered twice is handled once. A turn records its delivery
/// through the store instead, in the same write as its save (<see cref="Persistence.IConversationStore.SaveAsync"/>) or
/// its confirm (<see cref="Persistence.IConversationStore.ConfirmAsync"/>); this records forgets and what runs no turn.
/// </summary>
public interface IDeliveryLedger
{
    /// <summary>True the first time an id is seen within <paramref name="window"/>; false for a repeat.</summary>
    ValueTask<bool> TryRecordAsync(string deliveryId, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>
    /// The same for a delivery that belongs to <paramref name="owner"/>'s conversation, where the store's save looks
    /// for it (on Redis, beside the conversation's key, so one script can touch both).
    /// </summary>
    ValueTask<bool> TryRecordAsync(ConversationKey owner, string deliveryId, TimeSpan window, CancellationToken cancellationToken) =>
        TryRecordAsync(deliveryId, window, cancellationToken);
}
