using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>
/// Posted-message ids in the conversations' SQLite file, so forget redacts them after a restart; each conversation keeps
/// its newest 200, and a list expires retention after its newest message.
/// </summary>
public sealed class SqlitePostedMessageStore(SqliteDatabase database, TimeProvider time, TimeSpan retention) : IPostedMessageStore
{
    private const string InsertSql =
        "INSERT INTO posted_messages (key, channel, message_id, posted_at) VALUES ($key, $channel, $message, $now);";

    // Everything older than the newest $keep rows of this conversation.
    private const string TrimSql = """
        DELETE FROM posted_messages WHERE key = $key AND id <= (
            SELECT id FROM posted_messages WHERE key = $key ORDER BY id DESC LIMIT 1 OFFSET $keep);
        """;

    // Same key range as the conversations' DeleteAll: the platform by range on the index, the user by suffix.
    private const string TakeSql = """
        DELETE FROM posted_messages WHERE key >= $from AND key < $to AND substr(key, -length($suffix)) = $suffix
        RETURNING id, key, channel, message_id, posted_at;
        """;

    private const string PurgeSql = """
        DELETE FROM posted_messages WHERE key IN (
            SELECT key FROM posted_messages GROUP BY key HAVING max(posted_at) <= $cutoff LIMIT 500);
        """;

    public Task AddAsync(PostedMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var key = message.Key.ToString();
        database.Write(session =>
        {
            using var transaction = session.Connection.BeginTransaction();
            var insert = session.Command(InsertSql, "$key", "$channel", "$message", "$now");
            insert.Transaction = transaction;
            insert.Parameters[0].Value = key;
            insert.Parameters[1].Value = message.Channel;
            insert.Parameters[2].Value = message.MessageId;
            insert.Parameters[3].Value = now;
            insert.ExecuteNonQuery();
            var trim = session.Command(TrimSql, "$key", "$keep");
            trim.Transaction = transaction;
            trim.Parameters[0].Value = key;
            trim.Parameters[1].Value = IPostedMessageStore.MaxPerConversation;
            trim.ExecuteNonQuery();
            transaction.Commit();
            return 0;
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PostedMessage>> TakeAllAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var rows = new List<(long Id, string Key, string Channel, string MessageId, long PostedAt)>();
        database.Erase(session =>
        {
            var command = session.Command(TakeSql, "$from", "$to", "$suffix");
            (command.Parameters[0].Value, command.Parameters[1].Value) = SqliteKeyRange.Under(platform);
            command.Parameters[2].Value = ":" + userId;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4)));
            }

            return rows.Count;
        });

        var cutoff = Cutoff();
        var live = rows.GroupBy(r => r.Key, StringComparer.Ordinal)
            .Where(list => list.Max(r => r.PostedAt) > cutoff)
            .SelectMany(list => list.OrderBy(r => r.Id))
            .Select(r => new PostedMessage(ConversationKey.FromStored(r.Key, platform, userId), r.Channel, r.MessageId))
            .ToList();
        return Task.FromResult<IReadOnlyList<PostedMessage>>(live);
    }

    /// <summary>Erases the lists whose newest message is older than the retention period; returns how many rows.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) =>
        Task.FromResult(database.DeleteInBatches(PurgeSql, Cutoff(), erase: false, cancellationToken));

    private long Cutoff() => (time.GetUtcNow() - retention).ToUnixTimeMilliseconds();
}
