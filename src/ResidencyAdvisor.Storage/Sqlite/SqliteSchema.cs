using Microsoft.Data.Sqlite;

namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>
/// The schema as ordered migration scripts; schema_version records how many have run. Never edit a shipped script:
/// add the next one, so every existing file can be brought forward.
/// </summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: conversations. touched_at (unix ms of the last save) drives expiry, so a changed retention applies at once.
        """
        CREATE TABLE conversations (
            key        TEXT    NOT NULL PRIMARY KEY,
            version    INTEGER NOT NULL,
            payload    BLOB    NOT NULL,
            touched_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX conversations_touched_at ON conversations (touched_at);
        """,

        // 2: delivery ids seen recently, so a redelivered platform event is handled once.
        """
        CREATE TABLE deliveries (
            id         TEXT    NOT NULL PRIMARY KEY,
            expires_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX deliveries_expires_at ON deliveries (expires_at);
        """,

        // 3: workspaces installed through OAuth (bot tokens sealed by the adapter) and the states of installs in progress.
        """
        CREATE TABLE installations (
            platform      TEXT    NOT NULL,
            team_id       TEXT    NOT NULL,
            enterprise_id TEXT,
            bot_user_id   TEXT    NOT NULL,
            sealed_token  TEXT    NOT NULL,
            installed_at  INTEGER NOT NULL,
            PRIMARY KEY (platform, team_id)
        ) WITHOUT ROWID;
        CREATE TABLE oauth_states (
            state      TEXT    NOT NULL PRIMARY KEY,
            expires_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """,

        // 4: the bot's messages to each student (ids only), so forget can redact them from any instance after a restart.
        // id keeps insertion order; a student's list expires retention after its newest posted_at.
        """
        CREATE TABLE posted_messages (
            id         INTEGER PRIMARY KEY,
            key        TEXT    NOT NULL,
            channel    TEXT    NOT NULL,
            message_id TEXT    NOT NULL,
            posted_at  INTEGER NOT NULL
        );
        CREATE INDEX posted_messages_key ON posted_messages (key, id);
        """,

        // 5: oauth_states now holds only states that completed an install (issued ones are signed and stored nowhere);
        // the cleanup job sweeps them by expiry, so the sweep needs an index. States issued before are dropped: an
        // install in progress during the upgrade starts again.
        """
        DELETE FROM oauth_states;
        CREATE INDEX oauth_states_expires_at ON oauth_states (expires_at);
        """,

        // 6: students who asked for reminders (a row only while they want them), and each reminder's claim or handling.
        // A claim is an owner with a lease: another instance takes the reminder only once the lease has run out.
        """
        CREATE TABLE reminder_subscriptions (
            key        TEXT    NOT NULL PRIMARY KEY,
            payload    TEXT    NOT NULL,
            failures   INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE TABLE reminders (
            key         TEXT    NOT NULL,
            reminder_id TEXT    NOT NULL,
            handled     INTEGER NOT NULL,
            owner       TEXT,
            lease_until INTEGER,
            PRIMARY KEY (key, reminder_id)
        ) WITHOUT ROWID;
        """,
    ];

    public static int LatestVersion => Migrations.Count;

    /// <summary>Runs the missing migrations up to <paramref name="targetVersion"/>; returns the version found before.</summary>
    public static int Migrate(SqliteConnection connection, int? targetVersion = null)
    {
        var target = targetVersion ?? LatestVersion;

        // IMMEDIATE takes the write lock first, so two processes starting on one file cannot both migrate.
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
        var found = CurrentVersion(connection);
        if (found > LatestVersion)
        {
            throw new InvalidOperationException(
                $"The conversation database has schema version {found}, but this release only knows up to {LatestVersion}. "
                + "Run a newer release or point Storage:SqlitePath at another file.");
        }

        for (var version = found + 1; version <= target; version++)
        {
            Execute(connection, Migrations[version - 1]);
        }

        if (target > found)
        {
            Execute(connection, "DELETE FROM schema_version;");
            Execute(connection, $"INSERT INTO schema_version (version) VALUES ({target});");
        }

        transaction.Commit();
        return found;
    }

    public static int CurrentVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(version) FROM schema_version;";
        return command.ExecuteScalar() is long version ? (int)version : 0;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
