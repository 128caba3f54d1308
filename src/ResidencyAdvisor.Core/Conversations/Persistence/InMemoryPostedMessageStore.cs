using System.Collections.Concurrent;

namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>Posted-message ids in this process, for tests and one-off runs; lists expire like conversations do.</summary>
public sealed class InMemoryPostedMessageStore(TimeProvider time, TimeSpan retention) : IPostedMessageStore
{
    private readonly ConcurrentDictionary<ConversationKey, Entry> _entries = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public InMemoryPostedMessageStore()
        : this(TimeProvider.System, TimeSpan.FromDays(30))
    {
    }

    /// <summary>How many conversations have messages remembered.</summary>
    public int Count => _entries.Count;

    public Task AddAsync(PostedMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        while (true)
        {
            var entry = _entries.GetOrAdd(message.Key, _ => new Entry());
            lock (entry)
            {
                // A list taken (or swept) meanwhile is no longer in the map: start a fresh one rather than write into it.
                if (entry.Removed)
                {
                    continue;
                }

                if (IsExpired(entry, now))
                {
                    entry.Messages.Clear();
                }

                entry.Messages.Enqueue((message.Channel, message.MessageId));
                while (entry.Messages.Count > IPostedMessageStore.MaxPerConversation)
                {
                    entry.Messages.Dequeue();
                }

                entry.LastAdded = now;
                return Task.CompletedTask;
            }
        }
    }

    public Task<IReadOnlyList<PostedMessage>> TakeAllAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var taken = new List<PostedMessage>();
        foreach (var key in _entries.Keys.Where(k => k.Platform == platform && k.UserId == userId))
        {
            if (Remove(key) is { } entry && !IsExpired(entry, now))
            {
                taken.AddRange(entry.Messages.Select(m => new PostedMessage(key, m.Channel, m.MessageId)));
            }
        }

        return Task.FromResult<IReadOnlyList<PostedMessage>>(taken);
    }

    /// <summary>Forgets every list in one workspace or guild (the app was uninstalled); returns how many.</summary>
    public int DeleteScope(string platform, string scope) =>
        _entries.Keys.Count(k => k.Platform == platform && k.Scope == scope && Remove(k) is not null);

    private Entry? Remove(ConversationKey key)
    {
        if (!_entries.TryRemove(key, out var entry))
        {
            return null;
        }

        lock (entry)
        {
            entry.Removed = true;
            return entry;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + TimeSpan.FromMinutes(1);
        foreach (var (key, entry) in _entries)
        {
            lock (entry)
            {
                if (IsExpired(entry, now) && _entries.TryRemove(new KeyValuePair<ConversationKey, Entry>(key, entry)))
                {
                    entry.Removed = true;
                }
            }
        }
    }

    private bool IsExpired(Entry entry, DateTimeOffset now) => now - entry.LastAdded > retention;

    private sealed class Entry
    {
        public Queue<(string Channel, string MessageId)> Messages { get; } = new();

        public DateTimeOffset LastAdded { get; set; }

        public bool Removed { get; set; }
    }
}
