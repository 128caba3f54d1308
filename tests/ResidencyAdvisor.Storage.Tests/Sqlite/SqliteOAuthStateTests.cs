using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Storage.Sqlite;
using ResidencyAdvisor.Storage.Tests.Fixtures;

namespace ResidencyAdvisor.Storage.Tests.Sqlite;

/// <summary>Issue 18, finding 2: used install states are swept by an indexed query, never a scan of the table.</summary>
public sealed class SqliteOAuthStateTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_sweep_of_used_install_states_finds_them_through_the_expiry_index()
    {
        var path = _folder.File("states.db");
        using (SqliteDatabase.Open(path))
        {
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + SqliteOAuthStateStore.PurgeSql;
        command.Parameters.AddWithValue("$now", 0);
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, step => step.Contains("USING COVERING INDEX oauth_states_expires_at", StringComparison.Ordinal)
            || step.Contains("USING INDEX oauth_states_expires_at", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_used_state_is_swept_once_it_has_expired_and_not_before()
    {
        using var database = SqliteDatabase.Open(_folder.File("sweep.db"));
        var states = new SqliteOAuthStateStore(database, _time);
        await states.TryMarkUsedAsync("state-used", _time.GetUtcNow() + TimeSpan.FromMinutes(10), default);

        var early = await states.PurgeExpiredAsync(default);
        _time.Advance(TimeSpan.FromMinutes(11));
        var late = await states.PurgeExpiredAsync(default);

        Assert.Equal((0, 1), (early, late));
        Assert.False(await states.IsUsedAsync("state-used", default));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
