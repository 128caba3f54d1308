using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ResidencyAdvisor.Core.Conversations;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>
/// Conversations as Redis hashes shared by every instance: compare-and-set in Lua (recording the turn's delivery in the
/// same script, in the conversation's cluster slot), expiry by key TTL. Failures are
/// re-thrown without Redis's message, which can carry key names (platform user ids).
/// </summary>
public sealed class RedisConversationStore : IConversationStore, IStorePing
{
    private static readonly RedisValue[] Fields = ["v", "p"];

    private readonly IConnectionMultiplexer _connection;
    private readonly RedisKeys _keys;
    private readonly long _retentionMillis;
    private readonly RedisAofRewriter _rewriter;

    public RedisConversationStore(IConnectionMultiplexer connection, TimeSpan retention, string keyPrefix = RedisKeys.DefaultPrefix, ILogger? logger = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retention, TimeSpan.FromMilliseconds(1));
        _connection = connection;
        _keys = new RedisKeys(keyPrefix);
        _retentionMillis = (long)retention.TotalMilliseconds;
        _rewriter = new RedisAofRewriter(connection, logger ?? NullLogger.Instance);
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
            throw new CorruptConversationException("The saved conversation is not a hash.");
        }
        catch (RedisException ex)
        {
            throw new RedisStoreException("load", ex);
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

    public async Task<SaveOutcome> SaveAsync(ConversationKey key, ConversationState state, DeliveryRecord? delivery, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var payload = ConversationStateSerializer.Serialize(state);
        RedisResult result;
        try
        {
            result = delivery is null
                ? await Database.ScriptEvaluateAsync(RedisScripts.CompareAndSet, [_keys.Conversation(key)],
                    [state.Version, payload, _retentionMillis])
                : await Database.ScriptEvaluateAsync(RedisScripts.CompareAndSetDelivered,
                    [_keys.Conversation(key), _keys.Delivery(key, delivery.Id)],
                    [state.Version, payload, _retentionMillis, Math.Max(1, (long)delivery.Window.TotalMilliseconds)]);
        }
        catch (RedisException ex)
        {
            throw new RedisStoreException("save", ex);
        }

        var newVersion = (long)result;
        if (newVersion <= 0)
        {
            return newVersion == 0 ? SaveOutcome.Conflict : SaveOutcome.Replayed;
        }

        state.Version = newVersion;
        return SaveOutcome.Saved;
    }

    public async Task<SaveOutcome> ConfirmAsync(ConversationKey key, long version, DeliveryRecord? delivery, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        long result;
        try
        {
            result = delivery is null
                ? (await Database.HashGetAsync(_keys.Conversation(key), Fields[0])).TryParse(out long stored) && stored == version ? 1 : 0
                : (long)await Database.ScriptEvaluateAsync(RedisScripts.ConfirmDelivered,
                    [_keys.Conversation(key), _keys.Delivery(key, delivery.Id)],
                    [version, Math.Max(1, (long)delivery.Window.TotalMilliseconds)]);
        }
        catch (RedisException ex)
        {
            throw new RedisStoreException("confirm", ex);
        }

        return result switch
        {
            > 0 => SaveOutcome.Saved,
            0 => SaveOutcome.Conflict,
            _ => SaveOutcome.Replayed,
        };
    }

    public async Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        bool deleted;
        try
        {
            deleted = await Database.KeyDeleteAsync(_keys.Conversation(key));
        }
        catch (RedisException ex)
        {
            throw new RedisStoreException("delete", ex);
        }

        if (deleted)
        {
            await _rewriter.RewriteAsync();
        }

        return deleted;
    }

    /// <summary>
    /// Finds the user's conversations in every scope with <see cref="RedisKeyScan"/> (erasure is rare, so no per-user
    /// index is kept on every save) and deletes them.
    /// </summary>
    public async Task<int> DeleteAllAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pattern = _keys.ConversationsOfUser(platform, userId);
        int deleted;
        try
        {
            deleted = await RedisKeyScan.DeleteAsync(_connection, Database, pattern, cancellationToken);
        }
        catch (RedisException ex)
        {
            throw new RedisStoreException("delete", ex);
        }

        if (deleted > 0)
        {
            await _rewriter.RewriteAsync();
        }

        return deleted;
    }

    async Task IStorePing.PingAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await Database.PingAsync();
        }
        catch (RedisException ex)
        {
            throw new RedisStoreException("ping", ex);
        }
    }
}
