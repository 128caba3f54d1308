using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Core.Season;

/// <summary>The reminder store for tests and the in-memory provider; one lock, since it is small and rarely busy.</summary>
public sealed class InMemoryReminderStore : IReminderStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ConversationKey, Entry> _entries = [];

    public Task SubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(subscription.Key, out var entry))
            {
                entry.Subscription = subscription;
            }
            else
            {
                _entries[subscription.Key] = new Entry { Subscription = subscription };
            }
        }

        return Task.CompletedTask;
    }

    public Task<ReminderSubscription?> GetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_entries.TryGetValue(key, out var entry) ? entry.Subscription : null);
        }
    }

    public Task UnsubscribeAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _entries.Remove(key);
        }

        return Task.CompletedTask;
    }

    public Task UnsubscribeUserAsync(string platform, string userId, CancellationToken cancellationToken) =>
        RemoveWhere(k => k.Platform == platform && k.UserId == userId);

    public Task UnsubscribeAllAsync(string platform, string scope, CancellationToken cancellationToken) =>
        RemoveWhere(k => k.Platform == platform && k.Scope == scope);

    private Task RemoveWhere(Func<ConversationKey, bool> match)
    {
        lock (_lock)
        {
            foreach (var key in _entries.Keys.Where(match).ToList())
            {
                _entries.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReminderSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ReminderSubscription>>([.. _entries.Values.Select(e => e.Subscription)]);
        }
    }

    public Task<IReadOnlySet<string>> HandledAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlySet<string>>(_entries.TryGetValue(key, out var entry) ? new HashSet<string>(entry.Handled) : new HashSet<string>());
        }
    }

    public Task<bool> TryClaimAsync(ConversationKey key, string reminderId, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var entry) || entry.Handled.Contains(reminderId)
                || (entry.Claims.TryGetValue(reminderId, out var claim) && claim.Owner != owner && claim.Until > now))
            {
                return Task.FromResult(false);
            }

            entry.Claims[reminderId] = (owner, now + lease);
            return Task.FromResult(true);
        }
    }

    public Task CompleteAsync(ConversationKey key, string reminderId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                entry.Claims.Remove(reminderId);
                entry.Handled.Add(reminderId);
                entry.Failures = 0;
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> FailAsync(ConversationKey key, string reminderId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                return Task.FromResult(0);
            }

            entry.Claims.Remove(reminderId);
            return Task.FromResult(++entry.Failures);
        }
    }

    private sealed class Entry
    {
        public required ReminderSubscription Subscription { get; set; }

        public HashSet<string> Handled { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (string Owner, DateTimeOffset Until)> Claims { get; } = new(StringComparer.Ordinal);

        public int Failures { get; set; }
    }
}
