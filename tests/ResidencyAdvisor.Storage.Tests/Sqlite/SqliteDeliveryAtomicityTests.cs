using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Storage.Sqlite;
using ResidencyAdvisor.Storage.Tests.Fixtures;

namespace ResidencyAdvisor.Storage.Tests.Sqlite;

/// <summary>
/// The conversation and its delivery are one transaction: a failure part-way (made here by a trigger that refuses one
/// of the two writes) leaves neither, and the writer connection goes on serving the next turn.
/// </summary>
public sealed class SqliteDeliveryAtomicityTests : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly SqliteDatabase _database;
    private readonly SqliteConversationStore _store;
    private readonly SqliteDeliveryLedger _ledger;
    private readonly ConversationKey _key = new("discord", "g1", "u1");

    public SqliteDeliveryAtomicityTests()
    {
        _database = SqliteDatabase.Open(_folder.File("conversations.db"));
        _store = new SqliteConversationStore(_database, _time, TimeSpan.FromDays(30));
        _ledger = new SqliteDeliveryLedger(_database, _time);
    }

    [Fact]
    public async Task When_recording_the_delivery_fails_the_answer_saved_before_it_in_the_transaction_is_undone()
    {
        var state = ConversationState.Start(_time.GetUtcNow(), "s1");
        Assert.True(await _store.TrySaveAsync(_key, state, default));
        Execute("CREATE TRIGGER refuse_delivery BEFORE INSERT ON deliveries BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
        state.Turn = 1;

        await Assert.ThrowsAsync<SqliteException>(() => _store.SaveAsync(_key, state, new DeliveryRecord("discord:1", Window), default));

        Assert.Equal((1L, 0), Saved());
        Assert.Equal(1L, state.Version);
        Execute("DROP TRIGGER refuse_delivery;");
        Assert.Equal(SaveOutcome.Saved, await _store.SaveAsync(_key, state, new DeliveryRecord("discord:1", Window), default));
        Assert.Equal((2L, 1), Saved());
    }

    [Fact]
    public async Task When_saving_the_answer_fails_its_delivery_is_not_recorded_and_a_retry_is_answered()
    {
        var state = ConversationState.Start(_time.GetUtcNow(), "s1");
        Execute("CREATE TRIGGER refuse_save BEFORE INSERT ON conversations BEGIN SELECT RAISE(ABORT, 'disk full'); END;");

        await Assert.ThrowsAsync<SqliteException>(() => _store.SaveAsync(_key, state, new DeliveryRecord("discord:2", Window), default));

        Execute("DROP TRIGGER refuse_save;");
        Assert.True(await _ledger.TryRecordAsync("discord:3", Window, default));
        Assert.Equal(SaveOutcome.Saved, await _store.SaveAsync(_key, state, new DeliveryRecord("discord:2", Window), default));
    }

    private (long Version, int Turn) Saved()
    {
        var state = _store.LoadAsync(_key, default).GetAwaiter().GetResult()!;
        return (state.Version, state.Turn);
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }
}
