using Microsoft.Data.Sqlite;

namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>One open connection with its prepared commands, reused turn after turn so SQL is compiled once.</summary>
internal sealed class SqliteSession : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteSession(string connectionString)
    {
        Connection = new SqliteConnection(connectionString);
        Connection.Open();

        // NORMAL in WAL mode: a commit survives the process being killed (only power loss can drop the last commits),
        // at a fraction of FULL's fsync cost. secure_delete (a per-connection setting) zeroes the space a deleted or
        // rewritten row leaves behind, so an erased answer is not left readable in free pages of the file.
        using var pragmas = Connection.CreateCommand();
        pragmas.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;";
        pragmas.ExecuteNonQuery();
    }

    public SqliteConnection Connection { get; }

    /// <summary>The prepared command for <paramref name="sql"/>, created on first use with the named parameters.</summary>
    public SqliteCommand Command(string sql, params ReadOnlySpan<string> parameterNames)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            return command;
        }

        command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        _commands[sql] = command;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        Connection.Dispose();
    }
}
