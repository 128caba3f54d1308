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

    private readonly string _connectionString;
    private readonly SqliteSession _writer;
    private readonly Lock _writeGate = new();
    private readonly ConcurrentBag<SqliteSession> _readers = [];
    private bool _disposed;

    private SqliteDatabase(string path, string connectionString, SqliteSession writer)
    {
        Path = path;
        _connectionString = connectionString;
        _writer = writer;
    }

    /// <summary>The absolute path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating the file and its folder on first start) and migrates the database at <paramref name="path"/>.</summary>
    public static SqliteDatabase Open(string path, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        var fullPath = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(fullPath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

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
                wal.CommandText = "PRAGMA journal_mode = WAL;";
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

    public void Dispose()
    {
        lock (_writeGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _writer.Dispose();
        }

        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }
}
