using System.Collections.Concurrent;

namespace ResidencyAdvisor.Core.Installations;

/// <summary>OAuth states in this process only: for tests and a single instance without a shared store.</summary>
public sealed class InMemoryOAuthStateStore(TimeProvider time) : IOAuthStateStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _states = new(StringComparer.Ordinal);

    public Task AddAsync(string state, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        _states[state] = time.GetUtcNow() + lifetime;
        return Task.CompletedTask;
    }

    public Task<bool> TryConsumeAsync(string state, CancellationToken cancellationToken) =>
        Task.FromResult(_states.TryRemove(state, out var expiresAt) && time.GetUtcNow() < expiresAt);
}
