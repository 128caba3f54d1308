using ResidencyAdvisor.Core.Conversations.Delivery;

namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>Where conversations are kept between turns, with compare-and-set on <see cref="ConversationState.Version"/>.</summary>
public interface IConversationStore
{
    /// <summary>The saved conversation, or null. Throws <see cref="CorruptConversationException"/> for an unreadable one.</summary>
    Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Saves only if the stored version still equals <paramref name="state"/>'s version (0: nothing stored yet) and
    /// <paramref name="delivery"/>, when given, is not recorded yet in the store's delivery ledger; the state and the
    /// delivery are written together or not at all. On <see cref="SaveOutcome.Saved"/> the state's version moves on by one.
    /// </summary>
    Task<SaveOutcome> SaveAsync(ConversationKey key, ConversationState state, DeliveryRecord? delivery, CancellationToken cancellationToken);

    /// <summary>
    /// For a turn that changed nothing: <see cref="SaveOutcome.Saved"/> when the stored, unexpired conversation still has
    /// <paramref name="version"/> (and <paramref name="delivery"/>, when given, was not recorded yet: it is now, in the
    /// same step); <see cref="SaveOutcome.Conflict"/> when it has moved on, expired or been erased, recording nothing.
    /// It lets a turn run on a copy kept in memory without reading the store first.
    /// </summary>
    Task<SaveOutcome> ConfirmAsync(ConversationKey key, long version, DeliveryRecord? delivery, CancellationToken cancellationToken);

    /// <summary>Erases the conversation at once; true when there was one.</summary>
    Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Erases at once every conversation of <paramref name="userId"/> on <paramref name="platform"/>, in every scope
    /// (each Discord server and the DM, each Slack team); returns how many unexpired ones there were.
    /// </summary>
    Task<int> DeleteAllAsync(string platform, string userId, CancellationToken cancellationToken);
}
