using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>Delivery ids in SQLite, so a redelivered event is still recognised after a restart.</summary>
public sealed class SqliteDeliveryLedger(SqliteDatabase database, TimeProvider time) : IDeliveryLedger
{
    // A repeat inside the window changes nothing; an id whose window has passed counts as new again.
    private const string RecordSql = """
        INSERT INTO deliveries (id, expires_at) VALUES ($id, $expires)
        ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at WHERE deliveries.expires_at <= $now;
        """;

    private const string PurgeSql = "DELETE FROM deliveries WHERE expires_at <= $now;";

    public ValueTask<bool> TryRecordAsync(string deliveryId, TimeSpan window, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow();
        var changed = database.Write(session =>
        {
            var command = session.Command(RecordSql, "$id", "$expires", "$now");
            command.Parameters[0].Value = deliveryId;
            command.Parameters[1].Value = (now + window).ToUnixTimeMilliseconds();
            command.Parameters[2].Value = now.ToUnixTimeMilliseconds();
            return command.ExecuteNonQuery();
        });
        return ValueTask.FromResult(changed == 1);
    }

    /// <summary>Erases ids whose window has passed; returns how many.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var removed = database.Write(session =>
        {
            var command = session.Command(PurgeSql, "$now");
            command.Parameters[0].Value = now;
            return command.ExecuteNonQuery();
        });
        return Task.FromResult(removed);
    }
}
