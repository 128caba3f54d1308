using System.Collections.Concurrent;

namespace ResidencyAdvisor.Core.Installations;

/// <summary>Used OAuth states in this process only: for tests and a single instance without a shared store.</summary>
public sealed class InMemoryOAuthStateStore(TimeProvider time) : IOAuthStateStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);

    public Task<bool> IsUsedAsync(string state, CancellationToken cancellationToken) =>
        Task.FromResult(_used.TryGetValue(state, out var until) && time.GetUtcNow() < until);

    public Task<bool> TryMarkUsedAsync(string state, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var (old, until) in _used)
        {
            if (until <= now)
            {
                _used.TryRemove(new KeyValuePair<string, DateTimeOffset>(old, until));
            }
        }

        return Task.FromResult(_used.TryAdd(state, expiresAt));
    }
}
