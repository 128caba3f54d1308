using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Delivery;

namespace ResidencyAdvisor.Slack.Tests.Stores;

/// <summary>A conversation store whose saves, once <see cref="Hold"/> is called, wait until <see cref="Release"/>: a turn caught mid-way.</summary>
public sealed class HeldSaves(IConversationStore inner) : IConversationStore
{
    private TaskCompletionSource? _gate;
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a held save has reached the store.</summary>
    public Task Reached => _reached.Task;

    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate?.TrySetResult();

    public async Task<SaveOutcome> SaveAsync(ConversationKey key, ConversationState state, DeliveryRecord? delivery, CancellationToken cancellationToken)
    {
        if (_gate is { } gate)
        {
            _reached.TrySetResult();
            await gate.Task;
        }

        return await inner.SaveAsync(key, state, delivery, cancellationToken);
    }

    public Task<SaveOutcome> ConfirmAsync(ConversationKey key, long version, DeliveryRecord? delivery, CancellationToken cancellationToken) =>
        inner.ConfirmAsync(key, version, delivery, cancellationToken);

    public Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken) => inner.LoadAsync(key, cancellationToken);

    public Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

    public Task<int> DeleteAllAsync(string platform, string userId, CancellationToken cancellationToken) =>
        inner.DeleteAllAsync(platform, userId, cancellationToken);
}
