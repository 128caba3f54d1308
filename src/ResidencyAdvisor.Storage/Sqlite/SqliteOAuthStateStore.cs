namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>OAuth states in SQLite: consumed by a DELETE that only one caller can win.</summary>
public sealed class SqliteOAuthStateStore(SqliteDatabase database, TimeProvider time) : Core.Installations.IOAuthStateStore
{
    // Expired states are swept on every add, so the table holds at most ten minutes of installs.
    private const string AddSql = """
        DELETE FROM oauth_states WHERE expires_at <= $now;
        INSERT OR REPLACE INTO oauth_states (state, expires_at) VALUES ($state, $expires);
        """;

    private const string ConsumeSql = "DELETE FROM oauth_states WHERE state = $state AND expires_at > $now;";

    public Task AddAsync(string state, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow();
        database.Write(session =>
        {
            using var command = session.Connection.CreateCommand();
            command.CommandText = AddSql;
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$state", state);
            command.Parameters.AddWithValue("$expires", (now + lifetime).ToUnixTimeMilliseconds());
            return command.ExecuteNonQuery();
        });
        return Task.CompletedTask;
    }

    public Task<bool> TryConsumeAsync(string state, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return Task.FromResult(database.Write(session =>
        {
            var command = session.Command(ConsumeSql, "$state", "$now");
            command.Parameters[0].Value = state;
            command.Parameters[1].Value = now;
            return command.ExecuteNonQuery() == 1;
        }));
    }
}
