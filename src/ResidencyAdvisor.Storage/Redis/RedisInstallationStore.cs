using System.Globalization;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Installations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>
/// Installations as Redis hashes (no expiry) shared by every instance; forgetting a team scans and deletes its
/// conversations and posted-message lists.
/// </summary>
public sealed class RedisInstallationStore(IConnectionMultiplexer connection, string keyPrefix = RedisKeys.DefaultPrefix, ILogger? logger = null)
    : IInstallationStore
{
    private readonly RedisKeys _keys = new(keyPrefix);
    private readonly RedisAofRewriter _rewriter = new(connection, logger ?? NullLogger.Instance);

    public async Task SaveAsync(Installation installation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = _keys.Installation(installation.Platform, installation.TeamId);
        var transaction = connection.GetDatabase().CreateTransaction();
        _ = transaction.KeyDeleteAsync(key);
        _ = transaction.HashSetAsync(key,
        [
            new("enterprise", installation.EnterpriseId ?? ""),
            new("bot", installation.BotUserId),
            new("token", installation.SealedBotToken),
            new("at", installation.InstalledAt.ToUnixTimeMilliseconds()),
        ]);
        await transaction.ExecuteAsync();
    }

    public async Task<Installation?> FindAsync(string platform, string teamId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var values = await connection.GetDatabase().HashGetAsync(_keys.Installation(platform, teamId), ["enterprise", "bot", "token", "at"]);
        if (values[2].IsNull)
        {
            return null;
        }

        var enterprise = (string?)values[0];
        return new Installation(platform, teamId, string.IsNullOrEmpty(enterprise) ? null : enterprise, (string?)values[1] ?? "",
            (string)values[2]!, DateTimeOffset.FromUnixTimeMilliseconds(long.Parse((string)values[3]!, CultureInfo.InvariantCulture)));
    }

    public async Task<int> DeleteAsync(string platform, string teamId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var database = connection.GetDatabase();

        // The installation goes first: a turn that saves after the scan below has passed its key then finds no
        // installation when it checks again after saving, and erases what it saved (any instance).
        await database.KeyDeleteAsync(_keys.Installation(platform, teamId));
        var pattern = _keys.Conversation(new ConversationKey(platform, teamId, "*")).ToString();
        var posted = _keys.Posted(new ConversationKey(platform, teamId, "*")).ToString();
        var erased = await RedisKeyScan.DeleteAsync(connection, database, pattern, cancellationToken);
        await RedisKeyScan.DeleteAsync(connection, database, posted, cancellationToken);
        if (erased > 0)
        {
            await _rewriter.RewriteAsync();
        }

        return erased;
    }
}
