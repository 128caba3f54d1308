using Microsoft.Data.Sqlite;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>Conversations in a SQLite table, with compare-and-set on the version column and expiry by last save.</summary>
public sealed class SqliteConversationStore(SqliteDatabase database, TimeProvider time, TimeSpan retention)
    : IConversationStore, IStorePing
{
    private const string LoadSql =
        "SELECT version, payload FROM conversations WHERE key = $key AND touched_at > $cutoff;";

    // Version 0 means "nothing stored": the insert may only replace a row that has already expired.
    private const string InsertSql = """
        INSERT INTO conversations (key, version, payload, touched_at) VALUES ($key, 1, $payload, $now)
        ON CONFLICT (key) DO UPDATE SET version = conversations.version + 1, payload = excluded.payload,
            touched_at = excluded.touched_at
        WHERE conversations.touched_at <= $cutoff
        RETURNING version;
        """;

    private const string UpdateSql =
        "UPDATE conversations SET version = version + 1, payload = $payload, touched_at = $now WHERE key = $key AND version = $version;";

    private const string DeleteSql = "DELETE FROM conversations WHERE key = $key;";

    // Keys are "platform:scope:user": the range picks the platform (';' sorts right after ':') using the primary key,
    // the suffix the user in every scope.
    private const string DeleteAllSql = """
        DELETE FROM conversations WHERE key >= $from AND key < $to AND substr(key, -length($suffix)) = $suffix
        RETURNING touched_at;
        """;

    private const string PurgeSql =
        "DELETE FROM conversations WHERE key IN (SELECT key FROM conversations WHERE touched_at <= $cutoff LIMIT 500);";

    public Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var cutoff = Cutoff();
        var row = database.Read(session =>
        {
            var command = session.Command(LoadSql, "$key", "$cutoff");
            command.Parameters[0].Value = key.ToString();
            command.Parameters[1].Value = cutoff;
            using var reader = command.ExecuteReader();
            return reader.Read() ? (Version: reader.GetInt64(0), Payload: ReadPayload(reader)) : default;
        });

        return Task.FromResult(row.Payload is null ? null : ConversationStateSerializer.Deserialize(row.Payload, row.Version));
    }

    public Task<bool> TrySaveAsync(ConversationKey key, ConversationState state, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var payload = ConversationStateSerializer.Serialize(state);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var cutoff = Cutoff();
        var id = key.ToString();
        var newVersion = database.Write(session => state.Version == 0
            ? Insert(session, id, payload, now, cutoff)
            : Update(session, id, payload, now, state.Version));
        if (newVersion is { } version)
        {
            state.Version = version;
        }

        return Task.FromResult(newVersion is not null);
    }

    public Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var deleted = database.Erase(session =>
        {
            var command = session.Command(DeleteSql, "$key");
            command.Parameters[0].Value = key.ToString();
            return command.ExecuteNonQuery();
        });
        return Task.FromResult(deleted > 0);
    }

    public Task<int> DeleteAllAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var cutoff = Cutoff();
        var live = 0;
        database.Erase(session =>
        {
            var command = session.Command(DeleteAllSql, "$from", "$to", "$suffix");
            (command.Parameters[0].Value, command.Parameters[1].Value) = SqliteKeyRange.Under(platform);
            command.Parameters[2].Value = ":" + userId;
            var removed = 0;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                removed++;
                live += reader.GetInt64(0) > cutoff ? 1 : 0;
            }

            return removed;
        });
        return Task.FromResult(live);
    }

    /// <summary>Erases conversations untouched for longer than the retention period; returns how many.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) =>
        Task.FromResult(database.DeleteInBatches(PurgeSql, Cutoff(), erase: true, cancellationToken));

    Task IStorePing.PingAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        database.Read(session => session.Command("SELECT max(version) FROM schema_version;").ExecuteScalar());
        return Task.CompletedTask;
    }

    private static long? Insert(SqliteSession session, string key, byte[] payload, long now, long cutoff)
    {
        var command = session.Command(InsertSql, "$key", "$payload", "$now", "$cutoff");
        command.Parameters[0].Value = key;
        command.Parameters[1].Value = payload;
        command.Parameters[2].Value = now;
        command.Parameters[3].Value = cutoff;
        return command.ExecuteScalar() is long version ? version : null;
    }

    private static long? Update(SqliteSession session, string key, byte[] payload, long now, long expected)
    {
        var command = session.Command(UpdateSql, "$key", "$payload", "$now", "$version");
        command.Parameters[0].Value = key;
        command.Parameters[1].Value = payload;
        command.Parameters[2].Value = now;
        command.Parameters[3].Value = expected;
        return command.ExecuteNonQuery() == 1 ? expected + 1 : null;
    }

    private static byte[] ReadPayload(SqliteDataReader reader)
    {
        try
        {
            return reader.GetFieldValue<byte[]>(1);
        }
        catch (InvalidCastException ex)
        {
            throw new CorruptConversationException("The saved conversation is not a byte payload.", ex);
        }
    }

    private long Cutoff() => (time.GetUtcNow() - retention).ToUnixTimeMilliseconds();
}
