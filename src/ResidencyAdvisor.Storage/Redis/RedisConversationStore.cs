using System.Globalization;
using ResidencyAdvisor.Core.Conversations;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>Conversations as Redis hashes shared by every instance: compare-and-set in Lua, expiry by key TTL.</summary>
public sealed class RedisConversationStore : IConversationStore, IStorePing
{
    private static readonly RedisValue[] Fields = ["v", "p"];

    private readonly IConnectionMultiplexer _connection;
    private readonly RedisKeys _keys;
    private readonly long _retentionMillis;

    public RedisConversationStore(IConnectionMultiplexer connection, TimeSpan retention, string keyPrefix = RedisKeys.DefaultPrefix)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retention, TimeSpan.FromMilliseconds(1));
        _connection = connection;
        _keys = new RedisKeys(keyPrefix);
        _retentionMillis = (long)retention.TotalMilliseconds;
    }

    private IDatabase Database => _connection.GetDatabase();

    public async Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        RedisValue[] values;
        try
        {
            values = await Database.HashGetAsync(_keys.Conversation(key), Fields);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("WRONGTYPE", StringComparison.Ordinal))
        {
            throw new CorruptConversationException("The saved conversation is not a hash.", ex);
        }

        var (version, payload) = (values[0], values[1]);
        if (version.IsNull && payload.IsNull)
        {
            return null;
        }

        if (payload.IsNull || !long.TryParse((string?)version, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new CorruptConversationException("The saved conversation lacks its version or payload.");
        }

        return ConversationStateSerializer.Deserialize((byte[])payload!, number);
    }

    public async Task<bool> TrySaveAsync(ConversationKey key, ConversationState state, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var payload = ConversationStateSerializer.Serialize(state);
        var result = await Database.ScriptEvaluateAsync(
            RedisScripts.CompareAndSet,
            [_keys.Conversation(key)],
            [state.Version, payload, _retentionMillis]);
        var newVersion = (long)result;
        if (newVersion == 0)
        {
            return false;
        }

        state.Version = newVersion;
        return true;
    }

    public async Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await Database.KeyDeleteAsync(_keys.Conversation(key));
    }

    async Task IStorePing.PingAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Database.PingAsync();
    }
}
