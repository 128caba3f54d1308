using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Storage.Sqlite;

/// <summary>
/// Reminder subscriptions and claims in the SQLite file: every change is one statement or one transaction under the
/// write lock; reads use the reader connections, like the conversations', so a scheduler pass never waits behind a turn.
/// </summary>
public sealed class SqliteReminderStore(SqliteDatabase database) : IReminderStore
{
    private const string UpsertSql = """
        INSERT INTO reminder_subscriptions (key, payload) VALUES ($key, $payload)
        ON CONFLICT (key) DO UPDATE SET payload = excluded.payload;
        """;

    private const string GetSql = "SELECT payload FROM reminder_subscriptions WHERE key = $key;";
    private const string ListSql = "SELECT key, payload FROM reminder_subscriptions ORDER BY key;";
    private const string DeleteSubscriptionSql = "DELETE FROM reminder_subscriptions WHERE key = $key;";
    private const string DeleteRemindersSql = "DELETE FROM reminders WHERE key = $key;";
    private const string DeleteScopeSql = """
        DELETE FROM reminders WHERE key >= $from AND key < $to;
        DELETE FROM reminder_subscriptions WHERE key >= $from AND key < $to;
        """;

    private const string HandledSql = "SELECT reminder_id FROM reminders WHERE key = $key AND handled = 1;";

    // Inserts a claim, or takes over one whose lease ran out; nothing for a handled reminder or a student who stopped.
    private const string ClaimSql = """
        INSERT INTO reminders (key, reminder_id, handled, owner, lease_until)
        SELECT $key, $id, 0, $owner, $until WHERE EXISTS (SELECT 1 FROM reminder_subscriptions WHERE key = $key)
        ON CONFLICT (key, reminder_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
        WHERE reminders.handled = 0 AND (reminders.owner = excluded.owner OR reminders.lease_until <= $now);
        """;

    private const string CompleteSql = """
        UPDATE reminders SET handled = 1, owner = NULL, lease_until = NULL WHERE key = $key AND reminder_id = $id;
        UPDATE reminder_subscriptions SET failures = 0 WHERE key = $key;
        """;

    private const string FailSql = """
        DELETE FROM reminders WHERE key = $key AND reminder_id = $id AND handled = 0;
        UPDATE reminder_subscriptions SET failures = failures + 1 WHERE key = $key RETURNING failures;
        """;

    public Task SubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        database.Write(session =>
        {
            var command = session.Command(UpsertSql, "$key", "$payload");
            command.Parameters[0].Value = subscription.Key.ToString();
            command.Parameters[1].Value = ReminderSubscriptionText.Write(subscription);
            return command.ExecuteNonQuery();
        });
        return Task.CompletedTask;
    }

    public Task<ReminderSubscription?> GetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Read(session =>
        {
            var command = session.Command(GetSql, "$key");
            command.Parameters[0].Value = key.ToString();
            return command.ExecuteScalar() is string payload ? ReminderSubscriptionText.Read(key, payload) : null;
        }));
    }

    public Task UnsubscribeAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        database.Erase(session =>
        {
            using var transaction = session.Connection.BeginTransaction();
            var removed = 0;
            foreach (var sql in new[] { DeleteSubscriptionSql, DeleteRemindersSql })
            {
                var command = session.Command(sql, "$key");
                command.Transaction = transaction;
                command.Parameters[0].Value = key.ToString();
                removed += command.ExecuteNonQuery();
            }

            transaction.Commit();
            return removed;
        });
        return Task.CompletedTask;
    }

    /// <summary>A person's keys across scopes share no prefix, so this reads the (small) subscription list and deletes each.</summary>
    public async Task UnsubscribeUserAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        foreach (var subscription in await ListAsync(cancellationToken))
        {
            if (subscription.Key.Platform == platform && subscription.Key.UserId == userId)
            {
                await UnsubscribeAsync(subscription.Key, cancellationToken);
            }
        }
    }

    public Task UnsubscribeAllAsync(string platform, string scope, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (from, to) = SqliteKeyRange.Under(platform + ":" + scope);
        database.Erase(session =>
        {
            using var transaction = session.Connection.BeginTransaction();
            var command = session.Command(DeleteScopeSql, "$from", "$to");
            command.Transaction = transaction;
            command.Parameters[0].Value = from;
            command.Parameters[1].Value = to;
            var removed = command.ExecuteNonQuery();
            transaction.Commit();
            return removed;
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReminderSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<ReminderSubscription>>(database.Read(session =>
        {
            var list = new List<ReminderSubscription>();
            using var reader = session.Command(ListSql).ExecuteReader();
            while (reader.Read())
            {
                list.Add(ReminderSubscriptionText.Read(ReminderSubscriptionText.ParseKey(reader.GetString(0)), reader.GetString(1)));
            }

            return list;
        }));
    }

    public Task<IReadOnlySet<string>> HandledAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlySet<string>>(database.Read(session =>
        {
            var command = session.Command(HandledSql, "$key");
            command.Parameters[0].Value = key.ToString();
            var handled = new HashSet<string>(StringComparer.Ordinal);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                handled.Add(reader.GetString(0));
            }

            return handled;
        }));
    }

    public Task<bool> TryClaimAsync(ConversationKey key, string reminderId, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Write(session =>
        {
            var command = session.Command(ClaimSql, "$key", "$id", "$owner", "$until", "$now");
            command.Parameters[0].Value = key.ToString();
            command.Parameters[1].Value = reminderId;
            command.Parameters[2].Value = owner;
            command.Parameters[3].Value = (now + lease).ToUnixTimeMilliseconds();
            command.Parameters[4].Value = now.ToUnixTimeMilliseconds();
            return command.ExecuteNonQuery() == 1;
        }));
    }

    public Task CompleteAsync(ConversationKey key, string reminderId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        database.Write(session => Run(session, CompleteSql, key, reminderId, scalar: false));
        return Task.CompletedTask;
    }

    public Task<int> FailAsync(ConversationKey key, string reminderId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(database.Write(session => Run(session, FailSql, key, reminderId, scalar: true)));
    }

    private static int Run(SqliteSession session, string sql, ConversationKey key, string reminderId, bool scalar)
    {
        using var transaction = session.Connection.BeginTransaction();
        var command = session.Command(sql, "$key", "$id");
        command.Transaction = transaction;
        command.Parameters[0].Value = key.ToString();
        command.Parameters[1].Value = reminderId;
        var result = scalar ? Convert.ToInt32(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture) : command.ExecuteNonQuery();
        transaction.Commit();
        return result;
    }
}
