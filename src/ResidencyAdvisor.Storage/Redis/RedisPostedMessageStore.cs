using ResidencyAdvisor.Core.Conversations;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>
/// Posted-message ids as one Redis list per conversation, shared by every instance: trimmed to the newest 200 and
/// expiring retention after the newest message. Failures are re-thrown without Redis's message (it can name the key).
/// </summary>
public sealed class RedisPostedMessageStore : IPostedMessageStore
{
    // Channel and message ids never hold a line break (Slack: "D0…" and "1712345678.000100").
    private const char Separator = '\n';

    private readonly IConnectionMultiplexer _connection;
    private readonly RedisKeys _keys;
    private readonly long _retentionMillis;

    public RedisPostedMessageStore(IConnectionMultiplexer connection, TimeSpan retention, string keyPrefix = RedisKeys.DefaultPrefix)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retention, TimeSpan.FromMilliseconds(1));
        _connection = connection;
        _keys = new RedisKeys(keyPrefix);
        _retentionMillis = (long)retention.TotalMilliseconds;
    }

    public async Task AddAsync(PostedMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await _connection.GetDatabase().ScriptEvaluateAsync(
                RedisScripts.AppendPosted,
                [_keys.Posted(message.Key)],
                [message.Channel + Separator + message.MessageId, IPostedMessageStore.MaxPerConversation, _retentionMillis]);
        }
        catch (RedisException ex)
        {
            throw new RedisStoreException("record", ex);
        }
    }

    /// <summary>Finds the user's lists in every scope with <see cref="RedisKeyScan"/> (forget is rare), and takes each atomically.</summary>
    public async Task<IReadOnlyList<PostedMessage>> TakeAllAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pattern = _keys.PostedOfUser(platform, userId);
        var start = _keys.PostedPrefix.Length;
        var taken = new List<PostedMessage>();
        try
        {
            var database = _connection.GetDatabase();
            await foreach (var key in RedisKeyScan.FindAsync(_connection, database, pattern, cancellationToken))
            {
                var conversation = ConversationKey.FromStored(key.ToString()[start..], platform, userId);
                var entries = (RedisResult[]?)await database.ScriptEvaluateAsync(RedisScripts.TakePosted, [key]) ?? [];
                taken.AddRange(entries.Select(e => Parse(conversation, (string?)e))
                    .OfType<PostedMessage>());
            }
        }
        catch (RedisException ex)
        {
            throw new RedisStoreException("take", ex);
        }

        return taken;
    }

    private static PostedMessage? Parse(ConversationKey key, string? entry)
    {
        var split = entry?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        return split > 0 ? new PostedMessage(key, entry![..split], entry[(split + 1)..]) : null;
    }
}
