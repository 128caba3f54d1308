using Microsoft.Data.Sqlite;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>
/// Conversations in a SQLite table, with compare-and-set on the version column and expiry by last save. A save that
/// carries its delivery writes the <see cref="SqliteDeliveryLedger"/>'s row in the same transaction.
/// </summary>
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

    // An expired row is gone even before the purge reaches it: a turn's copy kept in memory must not bring it back.
    private const string UpdateSql = """
        UPDATE conversations SET version = version + 1, payload = $payload, touched_at = $now
        WHERE key = $key AND version = $version AND touched_at > $cutoff;
        """;

    private const string CurrentSql =
        "SELECT 1 FROM conversations WHERE key = $key AND version = $version AND touched_at > $cutoff;";

    private const string DeliverySeenSql = "SELECT 1 FROM deliveries WHERE id = $id AND expires_at > $now;";

    // Only run after DeliverySeenSql found no live row, in the same transaction: an expired row is replaced.
    private const string RecordDeliverySql = """
        INSERT INTO deliveries (id, expires_at) VALUES ($id, $expires)
        ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at;
        """;

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

    public Task<SaveOutcome> SaveAsync(ConversationKey key, ConversationState state, DeliveryRecord? delivery, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var payload = ConversationStateSerializer.Serialize(state);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var cutoff = Cutoff();
        var id = key.ToString();
        var (outcome, newVersion) = database.Write(session => delivery is null
            ? Save(session, id, state.Version, payload, now, cutoff)
            : SaveWithDelivery(session, id, state.Version, payload, now, cutoff, delivery));
        if (outcome == SaveOutcome.Saved)
        {
            state.Version = newVersion;
        }

        return Task.FromResult(outcome);
    }

    public Task<SaveOutcome> ConfirmAsync(ConversationKey key, long version, DeliveryRecord? delivery, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var cutoff = Cutoff();
        var id = key.ToString();
        if (delivery is null)
        {
            var current = database.Read(session => IsCurrent(session, id, version, cutoff));
            return Task.FromResult(current ? SaveOutcome.Saved : SaveOutcome.Conflict);
        }

        return Task.FromResult(database.Write(session => InTransaction(session, () =>
            IsRecorded(session, delivery.Id, now) ? SaveOutcome.Replayed
            : !IsCurrent(session, id, version, cutoff) ? SaveOutcome.Conflict
            : Record(session, delivery, now))));
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

    private static (SaveOutcome, long) Save(SqliteSession session, string key, long expected, byte[] payload, long now, long cutoff)
    {
        var newVersion = expected == 0 ? Insert(session, key, payload, now, cutoff) : Update(session, key, payload, now, expected, cutoff);
        return newVersion is { } version ? (SaveOutcome.Saved, version) : (SaveOutcome.Conflict, 0);
    }

    /// <summary>
    /// One transaction: refuse a delivery already recorded, compare-and-set the conversation, record the delivery. The
    /// checks come before any write, so a refused save has written nothing; only an error needs the rollback.
    /// </summary>
    private static (SaveOutcome, long) SaveWithDelivery(SqliteSession session, string key, long expected, byte[] payload, long now,
        long cutoff, DeliveryRecord delivery) => InTransaction(session, () =>
    {
        if (IsRecorded(session, delivery.Id, now))
        {
            return (SaveOutcome.Replayed, 0L);
        }

        var result = Save(session, key, expected, payload, now, cutoff);
        return result.Item1 == SaveOutcome.Saved ? (Record(session, delivery, now), result.Item2) : result;
    });

    private static T InTransaction<T>(SqliteSession session, Func<T> work)
    {
        session.Command("BEGIN IMMEDIATE;").ExecuteNonQuery();
        try
        {
            var result = work();
            session.Command("COMMIT;").ExecuteNonQuery();
            return result;
        }
        catch
        {
            // The writer connection serves every later turn: it must not stay inside the failed transaction.
            RollBack(session);
            throw;
        }
    }

    private static bool IsRecorded(SqliteSession session, string deliveryId, long now)
    {
        var seen = session.Command(DeliverySeenSql, "$id", "$now");
        seen.Parameters[0].Value = deliveryId;
        seen.Parameters[1].Value = now;
        return seen.ExecuteScalar() is not null;
    }

    private static SaveOutcome Record(SqliteSession session, DeliveryRecord delivery, long now)
    {
        var record = session.Command(RecordDeliverySql, "$id", "$expires");
        record.Parameters[0].Value = delivery.Id;
        record.Parameters[1].Value = now + (long)delivery.Window.TotalMilliseconds;
        record.ExecuteNonQuery();
        return SaveOutcome.Saved;
    }

    private static bool IsCurrent(SqliteSession session, string key, long version, long cutoff)
    {
        var command = session.Command(CurrentSql, "$key", "$version", "$cutoff");
        command.Parameters[0].Value = key;
        command.Parameters[1].Value = version;
        command.Parameters[2].Value = cutoff;
        return command.ExecuteScalar() is not null;
    }

    private static void RollBack(SqliteSession session)
    {
        try
        {
            session.Command("ROLLBACK;").ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // SQLite already rolled back by itself (some errors end the transaction): nothing is left to undo.
        }
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

    private static long? Update(SqliteSession session, string key, byte[] payload, long now, long expected, long cutoff)
    {
        var command = session.Command(UpdateSql, "$key", "$payload", "$now", "$version", "$cutoff");
        command.Parameters[0].Value = key;
        command.Parameters[1].Value = payload;
        command.Parameters[2].Value = now;
        command.Parameters[3].Value = expected;
        command.Parameters[4].Value = cutoff;
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
