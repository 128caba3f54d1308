using Microsoft.Data.Sqlite;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Storage.Sqlite;
using ResidencyAdvisor.Storage.Tests.Fixtures;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>The contract against a SQLite file in a fresh temp folder.</summary>
public sealed class SqliteStoreContractTests : ConversationStoreContract
{
    private readonly TempFolder _folder = new();
    private readonly Lazy<SqliteDatabase> _database;

    public SqliteStoreContractTests() => _database = new(() => SqliteDatabase.Open(_folder.File("conversations.db")));

    protected override IConversationStore CreateStore() => new SqliteConversationStore(_database.Value, Time, Retention);

    protected override bool PurgeCountsExpired => true;

    protected override Task<int> PurgeExpiredAsync() => ((SqliteConversationStore)Store).PurgeExpiredAsync(default);

    protected override IDeliveryLedger CreateLedger() => new SqliteDeliveryLedger(_database.Value, Time);

    protected override IInstallationStore CreateInstallations() => new SqliteInstallationStore(_database.Value);

    protected override IPostedMessageStore CreatePostedMessages() => new SqlitePostedMessageStore(_database.Value, Time, Retention);

    protected override Task<int> PurgeExpiredPostedMessagesAsync() => ((SqlitePostedMessageStore)PostedMessages).PurgeExpiredAsync(default);

    protected override IReminderStore CreateReminders() => new SqliteReminderStore(_database.Value);

    protected override IOAuthStateStore CreateOAuthStates() => new SqliteOAuthStateStore(_database.Value, Time);

    protected override Task PutRawAsync(ConversationKey key, byte[] payload)
    {
        using var connection = new SqliteConnection($"Data Source={_database.Value.Path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO conversations (key, version, payload, touched_at) VALUES ($key, 1, $payload, $now);";
        command.Parameters.AddWithValue("$key", key.ToString());
        command.Parameters.AddWithValue("$payload", payload);
        command.Parameters.AddWithValue("$now", Time.GetUtcNow().ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (_database.IsValueCreated)
        {
            _database.Value.Dispose();
        }

        _folder.Dispose();

        base.Dispose(disposing);
    }
}
