using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

/// <summary>A store that takes its time (or fails), to make the adapter defer or report an outage.</summary>
internal sealed class SlowStore(IConversationStore inner) : IConversationStore
{
    public TimeSpan Delay { get; set; }

    public bool Down { get; set; }

    public async Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken);
        return Down ? throw new IOException("store unreachable") : await inner.LoadAsync(key, cancellationToken);
    }

    // A turn that finds the conversation in memory reads nothing: its save or confirm must be slow too.
    public async Task<SaveOutcome> SaveAsync(ConversationKey key, ConversationState state, DeliveryRecord? delivery, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken);
        return Down ? throw new IOException("store unreachable") : await inner.SaveAsync(key, state, delivery, cancellationToken);
    }

    public async Task<SaveOutcome> ConfirmAsync(ConversationKey key, long version, DeliveryRecord? delivery, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken);
        return Down ? throw new IOException("store unreachable") : await inner.ConfirmAsync(key, version, delivery, cancellationToken);
    }

    public Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    public Task<int> DeleteAllAsync(string platform, string userId, CancellationToken cancellationToken) =>
        inner.DeleteAllAsync(platform, userId, cancellationToken);
}
