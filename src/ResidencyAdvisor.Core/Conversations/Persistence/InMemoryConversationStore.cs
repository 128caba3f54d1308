using System.Collections.Concurrent;
using ResidencyAdvisor.Core.Conversations.Delivery;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>A process-local store for tests and one-off runs; keeps the serialized form so it behaves like the real ones.</summary>
/// <param name="table">The questions whose answers are saved; the standard ones unless a test brings its own.</param>
public sealed class InMemoryConversationStore(TimeProvider time, TimeSpan retention, QuestionTable? table = null) : IConversationStore
{
    private readonly ConcurrentDictionary<ConversationKey, Entry> _entries = new();
    private readonly QuestionTable _table = table ?? QuestionTable.Standard;

    /// <summary>The ledger a save records its delivery in; register it as the <see cref="IDeliveryLedger"/> beside this store.</summary>
    public InMemoryDeliveryLedger Deliveries { get; } = new(time);

    public InMemoryConversationStore()
        : this(TimeProvider.System, TimeSpan.FromDays(30))
    {
    }

    public int Count => _entries.Count;

    public Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(key, out var entry) || IsExpired(entry))
        {
            return Task.FromResult<ConversationState?>(null);
        }

        return Task.FromResult<ConversationState?>(ConversationStateSerializer.Deserialize(entry.Payload, entry.Version, _table));
    }

    public Task<SaveOutcome> SaveAsync(ConversationKey key, ConversationState state, DeliveryRecord? delivery, CancellationToken cancellationToken) =>
        Task.FromResult(WithDelivery(delivery, () => TrySave(key, state)));

    public Task<SaveOutcome> ConfirmAsync(ConversationKey key, long version, DeliveryRecord? delivery, CancellationToken cancellationToken) =>
        Task.FromResult(WithDelivery(delivery, () => _entries.TryGetValue(key, out var entry) && !IsExpired(entry) && entry.Version == version));

    /// <summary>
    /// Refuses a delivery already recorded, runs <paramref name="write"/> (false: someone else got there first) and
    /// records the delivery, under the ledger's lock: the in-memory twin of one store transaction.
    /// </summary>
    private SaveOutcome WithDelivery(DeliveryRecord? delivery, Func<bool> write)
    {
        lock (Deliveries.Gate)
        {
            if (delivery is not null && Deliveries.IsRecorded(delivery.Id))
            {
                return SaveOutcome.Replayed;
            }

            if (!write())
            {
                return SaveOutcome.Conflict;
            }

            if (delivery is not null)
            {
                Deliveries.Record(delivery.Id, delivery.Window);
            }

            return SaveOutcome.Saved;
        }
    }

    private bool TrySave(ConversationKey key, ConversationState state)
    {
        var id = key;
        var next = new Entry(ConversationStateSerializer.Serialize(state, _table), state.Version + 1, time.GetUtcNow());
        bool saved;
        if (state.Version == 0)
        {
            saved = _entries.TryAdd(id, next)
                || (_entries.TryGetValue(id, out var old) && IsExpired(old) && _entries.TryUpdate(id, next, old));
        }
        else
        {
            // An expired conversation is gone, even before a purge: a copy kept in memory must not bring it back.
            saved = _entries.TryGetValue(id, out var current) && current.Version == state.Version && !IsExpired(current)
                && _entries.TryUpdate(id, next, current);
        }

        if (saved)
        {
            state.Version = next.Version;
        }

        return saved;
    }

    public Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.TryRemove(key, out _));

    public Task<int> DeleteAllAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        var live = 0;
        foreach (var key in _entries.Keys.Where(k => k.Platform == platform && k.UserId == userId))
        {
            if (_entries.TryRemove(key, out var removed) && !IsExpired(removed))
            {
                live++;
            }
        }

        return Task.FromResult(live);
    }

    /// <summary>Erases every conversation in one workspace or guild; returns how many.</summary>
    public int DeleteScope(string platform, string scope) =>
        _entries.Keys.Count(k => k.Platform == platform && k.Scope == scope && _entries.TryRemove(k, out _));

    /// <summary>Replaces a stored payload with raw bytes, to test how corrupt data is handled.</summary>
    public void PutRaw(ConversationKey key, byte[] payload, long version = 1) =>
        _entries[key] = new Entry(payload, version, time.GetUtcNow());

    private bool IsExpired(Entry entry) => time.GetUtcNow() - entry.SavedAt > retention;

    private sealed record Entry(byte[] Payload, long Version, DateTimeOffset SavedAt);
}
