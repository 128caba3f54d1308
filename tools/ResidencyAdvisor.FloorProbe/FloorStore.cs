using Microsoft.Data.Sqlite;

namespace ResidencyAdvisor.FloorProbe;

/// <summary>One SQLite connection that loads and saves a 300-byte row per event: the store work a turn cannot skip.</summary>
internal sealed class FloorStore : IDisposable
{
    private static readonly byte[] State = new byte[300];
    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _load;
    private readonly SqliteCommand _save;

    public FloorStore(string path, bool exclusive)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        using (var setup = _connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                + "CREATE TABLE IF NOT EXISTS floor_rows (key TEXT PRIMARY KEY, state BLOB NOT NULL, updated INTEGER NOT NULL);";
            setup.ExecuteNonQuery();
        }

        if (exclusive)
        {
            // Holds the file lock for the connection's life: no fcntl per transaction, no re-reading the WAL index.
            using var locking = _connection.CreateCommand();
            locking.CommandText = "PRAGMA locking_mode = EXCLUSIVE;";
            locking.ExecuteNonQuery();
        }

        _load = _connection.CreateCommand();
        _load.CommandText = "SELECT state FROM floor_rows WHERE key = $key;";
        _load.Parameters.Add("$key", SqliteType.Text);
        _save = _connection.CreateCommand();
        _save.CommandText = "INSERT INTO floor_rows (key, state, updated) VALUES ($key, $state, $updated) "
            + "ON CONFLICT (key) DO UPDATE SET state = excluded.state, updated = excluded.updated;";
        _save.Parameters.Add("$key", SqliteType.Text);
        _save.Parameters.Add("$state", SqliteType.Blob);
        _save.Parameters.Add("$updated", SqliteType.Integer);
        _load.Prepare();
        _save.Prepare();
    }

    public void LoadAndSave(string key)
    {
        lock (_gate)
        {
            _load.Parameters[0].Value = key;
            _ = _load.ExecuteScalar();
            _save.Parameters[0].Value = key;
            _save.Parameters[1].Value = State;
            _save.Parameters[2].Value = Environment.TickCount64;
            _save.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        _load.Dispose();
        _save.Dispose();
        _connection.Dispose();
    }
}
