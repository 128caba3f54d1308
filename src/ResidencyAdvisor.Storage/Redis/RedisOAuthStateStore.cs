using ResidencyAdvisor.Core.Installations;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>OAuth states as keys that expire by themselves; DEL answers "removed" to one caller only, so a state is used once.</summary>
public sealed class RedisOAuthStateStore(IConnectionMultiplexer connection, string keyPrefix = RedisKeys.DefaultPrefix) : IOAuthStateStore
{
    private readonly RedisKeys _keys = new(keyPrefix);

    public async Task AddAsync(string state, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await connection.GetDatabase().StringSetAsync(_keys.OAuthState(state), 1, lifetime);
    }

    public async Task<bool> TryConsumeAsync(string state, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await connection.GetDatabase().KeyDeleteAsync(_keys.OAuthState(state));
    }
}
