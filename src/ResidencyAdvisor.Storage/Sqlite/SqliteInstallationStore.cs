using Microsoft.Data.Sqlite;
using ResidencyAdvisor.Core.Installations;

namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>
/// Installations in the conversations' SQLite file; forgetting a team erases its conversations and posted-message ids in
/// the same transaction.
/// </summary>
public sealed class SqliteInstallationStore(SqliteDatabase database) : IInstallationStore
{
    private const string SaveSql = """
        INSERT OR REPLACE INTO installations (platform, team_id, enterprise_id, bot_user_id, sealed_token, installed_at)
        VALUES ($platform, $team, $enterprise, $bot, $token, $at);
        """;

    private const string FindSql =
        "SELECT enterprise_id, bot_user_id, sealed_token, installed_at FROM installations WHERE platform = $platform AND team_id = $team;";

    private const string DeleteSql = "DELETE FROM installations WHERE platform = $platform AND team_id = $team;";

    // Keys are "platform:team:user": everything from "platform:team:" up to (not including) "platform:team;".
    private const string EraseSql = "DELETE FROM conversations WHERE key >= $from AND key < $to;";

    private const string ErasePostedSql = "DELETE FROM posted_messages WHERE key >= $from AND key < $to;";

    public Task SaveAsync(Installation installation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        database.Write(session =>
        {
            var command = session.Command(SaveSql, "$platform", "$team", "$enterprise", "$bot", "$token", "$at");
            command.Parameters[0].Value = installation.Platform;
            command.Parameters[1].Value = installation.TeamId;
            command.Parameters[2].Value = (object?)installation.EnterpriseId ?? DBNull.Value;
            command.Parameters[3].Value = installation.BotUserId;
            command.Parameters[4].Value = installation.SealedBotToken;
            command.Parameters[5].Value = installation.InstalledAt.ToUnixTimeMilliseconds();
            return command.ExecuteNonQuery();
        });
        return Task.CompletedTask;
    }

    public Task<Installation?> FindAsync(string platform, string teamId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(session =>
        {
            var command = session.Command(FindSql, "$platform", "$team");
            command.Parameters[0].Value = platform;
            command.Parameters[1].Value = teamId;
            using var reader = command.ExecuteReader();
            return reader.Read()
                ? new Installation(platform, teamId, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1),
                    reader.GetString(2), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)))
                : null;
        }));
    }

    public Task<int> DeleteAsync(string platform, string teamId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (from, to) = SqliteKeyRange.Under(platform + ":" + teamId);
        // Erase, not Write: the conversations' old pages must leave the WAL too, as after a student's forget. Erase
        // truncates the WAL only when rows went, so it is told about every row: the installation's sealed token and a
        // list of posted-message ids must leave it even when no conversation was left to erase.
        var erased = 0;
        database.Erase(session =>
        {
            using var transaction = session.Connection.BeginTransaction();
            var delete = session.Command(DeleteSql, "$platform", "$team");
            delete.Transaction = transaction;
            delete.Parameters[0].Value = platform;
            delete.Parameters[1].Value = teamId;
            var removed = delete.ExecuteNonQuery();
            erased = DeleteRange(session, transaction, EraseSql, from, to);
            removed += erased + DeleteRange(session, transaction, ErasePostedSql, from, to);
            transaction.Commit();
            return removed;
        });
        return Task.FromResult(erased);
    }

    private static int DeleteRange(SqliteSession session, SqliteTransaction transaction, string sql, string from, string to)
    {
        var command = session.Command(sql, "$from", "$to");
        command.Transaction = transaction;
        command.Parameters[0].Value = from;
        command.Parameters[1].Value = to;
        return command.ExecuteNonQuery();
    }
}
