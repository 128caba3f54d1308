using ResidencyAdvisor.Core.Installations;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>Used OAuth states as keys that expire with the state; SET NX answers "set" to one caller only.</summary>
public sealed class RedisOAuthStateStore(IConnectionMultiplexer connection, string keyPrefix = RedisKeys.DefaultPrefix,
    TimeProvider? time = null) : IOAuthStateStore
{
    private readonly RedisKeys _keys = new(keyPrefix);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<bool> IsUsedAsync(string state, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await connection.GetDatabase().KeyExistsAsync(_keys.OAuthState(state));
    }

    public async Task<bool> TryMarkUsedAsync(string state, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // At least a second, so a state checked at the edge of its life is still refused when replayed at once.
        var lifetime = expiresAt - _time.GetUtcNow();
        return await connection.GetDatabase().StringSetAsync(_keys.OAuthState(state), 1,
            lifetime > TimeSpan.FromSeconds(1) ? lifetime : TimeSpan.FromSeconds(1), When.NotExists);
    }
}
