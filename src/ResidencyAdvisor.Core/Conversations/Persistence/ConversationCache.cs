namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>
/// The last saved state of recently active students, so a turn does not read the store before it runs. A copy here is
/// only a guess at what is stored: every turn that runs on one ends in a compare-and-set save or a confirm, which fails
/// when another instance, a restart, expiry or erasure moved the stored conversation on; the turn then drops the copy
/// and reads the store. Bounded by count (the least recently used go first) and by idle time, so a student's answers
/// stay in memory only while they are in use: a sweep every idle period drops the idle even when no turn comes.
/// </summary>
public sealed class ConversationCache : IDisposable
{
    private readonly int _capacity;
    private readonly TimeSpan _idle;
    private readonly TimeProvider _time;
    private readonly Dictionary<ConversationKey, LinkedListNode<Entry>> _entries = [];

    // Most recently used first, so the idle and the evicted are found at the end.
    private readonly LinkedList<Entry> _recent = new();
    private readonly Lock _gate = new();
    private readonly ITimer? _sweep;

    /// <param name="capacity">How many conversations at most; 0 keeps none.</param>
    /// <param name="idle">How long an unused conversation is kept.</param>
    public ConversationCache(int capacity, TimeSpan idle, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idle, TimeSpan.Zero);
        _capacity = capacity;
        _idle = idle;
        _time = time;
        _sweep = capacity == 0 ? null : time.CreateTimer(_ => Sweep(), null, idle, idle);
    }

    /// <summary>How many conversations are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public void Dispose() => _sweep?.Dispose();

    /// <summary>A copy of the state kept for <paramref name="key"/>, for a turn to change; null when none is kept.</summary>
    public ConversationState? Take(ConversationKey key)
    {
        ConversationState state;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            DropIdle(now);
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            Touch(node, now);
            state = node.Value.State;
        }

        // Outside the lock: kept states are never changed, and copying is the turn's own work.
        return state.Copy();
    }

    /// <summary>Keeps <paramref name="state"/> as saved (or read) for <paramref name="key"/>; the caller must not change it afterwards.</summary>
    public void Keep(ConversationKey key, ConversationState state)
    {
        if (_capacity == 0)
        {
            return;
        }

        lock (_gate)
        {
            var now = _time.GetUtcNow();
            DropIdle(now);
            if (_entries.TryGetValue(key, out var node))
            {
                node.Value.State = state;
                Touch(node, now);
                return;
            }

            if (_entries.Count >= _capacity)
            {
                Remove(_recent.Last!);
            }

            _entries[key] = _recent.AddFirst(new Entry(key, state, now));
        }
    }

    public void Drop(ConversationKey key)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                Remove(node);
            }
        }
    }

    /// <summary>Drops every conversation of one person on one platform, in every scope: what erasure deletes.</summary>
    public void DropUser(string platform, string userId)
    {
        lock (_gate)
        {
            foreach (var key in _entries.Keys.Where(k => k.Platform == platform && k.UserId == userId).ToList())
            {
                Remove(_entries[key]);
            }
        }
    }

    private void Touch(LinkedListNode<Entry> node, DateTimeOffset now)
    {
        node.Value.UsedAt = now;
        if (node != _recent.First)
        {
            _recent.Remove(node);
            _recent.AddFirst(node);
        }
    }

    private void Sweep()
    {
        lock (_gate)
        {
            DropIdle(_time.GetUtcNow());
        }
    }

    private void DropIdle(DateTimeOffset now)
    {
        while (_recent.Last is { } oldest && now - oldest.Value.UsedAt >= _idle)
        {
            Remove(oldest);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _recent.Remove(node);
        _entries.Remove(node.Value.Key);
    }

    private sealed class Entry(ConversationKey key, ConversationState state, DateTimeOffset usedAt)
    {
        public ConversationKey Key { get; } = key;

        public ConversationState State { get; set; } = state;

        public DateTimeOffset UsedAt { get; set; } = usedAt;
    }
}
