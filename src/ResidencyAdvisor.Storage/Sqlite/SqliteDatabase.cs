using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>
/// An open SQLite database in WAL mode with its schema brought up to date: one writer connection (SQLite allows
/// one writer at a time, so queuing in-process avoids busy-wait sleeps) and a small pool of reader connections.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private const int MaxIdleReaders = 8;
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly SqliteSession _writer;
    private readonly Lock _writeGate = new();
    private readonly ConcurrentBag<SqliteSession> _readers = [];
    private readonly SqliteSession _checkpointer;
    private readonly ITimer _checkpointTimer;
    private bool _disposed;
    private bool _truncatePending;

    private SqliteDatabase(string path, string connectionString, SqliteSession writer)
    {
        Path = path;
        _connectionString = connectionString;
        _writer = writer;
        _checkpointer = new SqliteSession(connectionString);
        _checkpointTimer = TimeProvider.System.CreateTimer(_ => Checkpoint(), null, CheckpointInterval, CheckpointInterval);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating the file and its folder on first start) and migrates the database at <paramref name="path"/>.</summary>
    public static SqliteDatabase Open(string path, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        var fullPath = System.IO.Path.GetFullPath(path);
        SqliteFiles.Prepare(fullPath);

        // Pooling off: this class keeps its own long-lived connections with their prepared statements.
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
        }.ToString();

        var writer = new SqliteSession(connectionString);
        try
        {
            using (var wal = writer.Connection.CreateCommand())
            {
                // The journal mode is stored in the file, so readers opened later see WAL as well.
                // Checkpoints (which fsync) run on a timer from their own connection, not inside a student's commit.
                wal.CommandText = "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;";
                wal.ExecuteNonQuery();
            }

            var found = SqliteSchema.Migrate(writer.Connection);
            if (found != SqliteSchema.LatestVersion)
            {
                logger.SchemaMigrated(found, SqliteSchema.LatestVersion);
            }
        }
        catch
        {
            writer.Dispose();
            throw;
        }

        logger.SqliteOpened(fullPath);
        return new SqliteDatabase(fullPath, connectionString, writer);
    }

    internal T Write<T>(Func<SqliteSession, T> work)
    {
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return work(_writer);
        }
    }

    /// <summary>
    /// Runs a delete under the write lock and, when it removed rows, copies the WAL into the file and truncates it, so
    /// the erased rows' older versions are gone from the -wal file too (secure_delete has zeroed them in the file).
    /// If a reader holds the WAL, the checkpoint timer keeps trying until the truncation succeeds.
    /// </summary>
    internal int Erase(Func<SqliteSession, int> delete)
    {
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var removed = delete(_writer);
            if (removed > 0)
            {
                _truncatePending = !TryTruncateWal(_writer);
            }

            return removed;
        }
    }

    /// <summary>
    /// Runs <paramref name="sql"/>, a DELETE of rows expired at <c>$cutoff</c> whose own LIMIT makes it a batch, until a
    /// batch removes nothing; returns how many rows went. Each batch takes the write lock on its own, so students' turns
    /// interleave with a big purge. With <paramref name="erase"/> each batch goes through <see cref="Erase"/>.
    /// </summary>
    internal int DeleteInBatches(string sql, long cutoff, bool erase, CancellationToken cancellationToken)
    {
        var total = 0;
        int removed;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            Func<SqliteSession, int> batch = session =>
            {
                var command = session.Command(sql, "$cutoff");
                command.Parameters[0].Value = cutoff;
                return command.ExecuteNonQuery();
            };
            removed = erase ? Erase(batch) : Write(batch);
            total += removed;
        }
        while (removed > 0);

        return total;
    }

    internal T Read<T>(Func<SqliteSession, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var session = _readers.TryTake(out var idle) ? idle : new SqliteSession(_connectionString);
        try
        {
            return work(session);
        }
        finally
        {
            if (_disposed || _readers.Count >= MaxIdleReaders)
            {
                session.Dispose();
            }
            else
            {
                _readers.Add(session);
            }
        }
    }

    private static bool TryTruncateWal(SqliteSession session)
    {
        try
        {
            // One row: busy (0 when the checkpoint completed), WAL frames, frames copied.
            using var result = session.Command("PRAGMA wal_checkpoint(TRUNCATE);").ExecuteReader();
            return result.Read() && result.GetInt64(0) == 0;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private void Checkpoint()
    {
        if (Volatile.Read(ref _truncatePending))
        {
            lock (_writeGate)
            {
                if (!_disposed && _truncatePending)
                {
                    _truncatePending = !TryTruncateWal(_writer);
                }
            }

            return;
        }

        // PASSIVE never waits for readers or the writer; frames it cannot copy yet are copied on a later tick.
        lock (_checkpointer)
        {
            if (_disposed)
            {
                return;
            }

            try
            {
                _checkpointer.Command("PRAGMA wal_checkpoint(PASSIVE);").ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Busy or I/O trouble: the WAL simply grows until the next tick succeeds.
            }
        }
    }

    public void Dispose()
    {
        _checkpointTimer.Dispose();
        lock (_writeGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _writer.Dispose();
        }

        lock (_checkpointer)
        {
            _checkpointer.Dispose();
        }

        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }
}
