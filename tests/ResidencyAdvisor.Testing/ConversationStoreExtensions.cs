using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Persistence;

namespace ResidencyAdvisor.Testing;

/// <summary>The store tests' shorthand: only tests save without a delivery to record, so it lives here, not in Core.</summary>
public static class ConversationStoreExtensions
{
    /// <summary>A save with no delivery to record: false means someone else saved first.</summary>
    public static async Task<bool> TrySaveAsync(this IConversationStore store, ConversationKey key, ConversationState state,
        CancellationToken cancellationToken) =>
        await store.SaveAsync(key, state, null, cancellationToken) == SaveOutcome.Saved;
}
