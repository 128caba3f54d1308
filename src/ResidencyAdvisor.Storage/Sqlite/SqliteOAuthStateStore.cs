namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>
/// Used OAuth states in SQLite: INSERT OR IGNORE lets one caller record a state. Only completed installs write here, so
/// the table stays small; expired rows are swept by the cleanup job through the index on expires_at.
/// </summary>
public sealed class SqliteOAuthStateStore(SqliteDatabase database, TimeProvider time) : Core.Installations.IOAuthStateStore
{
    private const string IsUsedSql = "SELECT count(*) FROM oauth_states WHERE state = $state;";

    private const string MarkSql = "INSERT OR IGNORE INTO oauth_states (state, expires_at) VALUES ($state, $expires);";

    internal const string PurgeSql = "DELETE FROM oauth_states WHERE expires_at <= $now;";

    public Task<bool> IsUsedAsync(string state, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(session =>
        {
            var command = session.Command(IsUsedSql, "$state");
            command.Parameters[0].Value = state;
            return command.ExecuteScalar() is long count && count > 0;
        }));
    }

    public Task<bool> TryMarkUsedAsync(string state, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Write(session =>
        {
            var command = session.Command(MarkSql, "$state", "$expires");
            command.Parameters[0].Value = state;
            command.Parameters[1].Value = expiresAt.ToUnixTimeMilliseconds();
            return command.ExecuteNonQuery() == 1;
        }));
    }

    /// <summary>Deletes the states whose expiry has passed; returns how many went.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return Task.FromResult(database.Write(session =>
        {
            var command = session.Command(PurgeSql, "$now");
            command.Parameters[0].Value = now;
            return command.ExecuteNonQuery();
        }));
    }
}
