using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Storage.Sqlite;
using ResidencyAdvisor.Storage.Tests.Fixtures;

namespace ResidencyAdvisor.Storage.Tests.Sqlite;

public sealed class SqliteDatabaseTests : IDisposable
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_file_and_its_folder_are_created_on_first_start_with_the_latest_schema()
    {
        var path = Path.Combine(_folder.Path, "not", "there", "yet", "conversations.db");

        using (SqliteDatabase.Open(path))
        {
            Assert.True(File.Exists(path));
        }

        Assert.Equal((long)SqliteSchema.LatestVersion, Scalar(path, "SELECT version FROM schema_version;"));
        Assert.Equal(1L, Scalar(path, "SELECT count(*) FROM schema_version;"));
    }

    [Fact]
    public void The_database_runs_in_WAL_mode()
    {
        var path = _folder.File("wal.db");
        using var database = SqliteDatabase.Open(path);

        Assert.Equal("wal", Scalar(path, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task A_conversation_continues_after_the_file_is_reopened_by_a_new_process()
    {
        var path = _folder.File("restart.db");
        var key = new ConversationKey("slack", "T1", "U1");
        using (var first = SqliteDatabase.Open(path))
        {
            var service = Service(first);
            await service.HandleAsync(key, UserInput.Start(), default);
            foreach (var text in StudentAnswers.MidRangeDualApply.TypedAndConfirmed.Take(3))
            {
                await service.HandleAsync(key, UserInput.Text(text), default);
            }
        }

        using var second = SqliteDatabase.Open(path);
        var reply = await Service(second).HandleAsync(key, UserInput.Text("3"), default);

        Assert.DoesNotContain(reply.Notices, n => n.Kind is NoticeKind.ConversationLost or NoticeKind.InvalidAnswer);
        Assert.Equal(5, Assert.IsType<QuestionView>(reply.View).Prompt.Number);
        var saved = (await new SqliteConversationStore(second, _time, Retention).LoadAsync(key, default))!;
        Assert.Equal((ExamKind.Usmle, 241, 0, 3), (saved.Answers.Exam, saved.Answers.Step2Score, saved.Answers.ExamFailures, saved.Answers.UsClinicalExperiences));
    }

    [Fact]
    public async Task An_older_schema_is_migrated_and_keeps_its_conversations()
    {
        var path = _folder.File("old.db");
        var key = new ConversationKey("discord", "G1", "U1");
        var state = ConversationState.Start(_time.GetUtcNow(), "old-session");
        state.Answers = new Answers { Exam = ExamKind.Comlex };
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            SqliteSchema.Migrate(connection, targetVersion: 1);
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO conversations (key, version, payload, touched_at) VALUES ($key, 3, $payload, $now);";
            insert.Parameters.AddWithValue("$key", key.ToString());
            insert.Parameters.AddWithValue("$payload", ConversationStateSerializer.Serialize(state));
            insert.Parameters.AddWithValue("$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
            insert.ExecuteNonQuery();
        }

        Assert.Equal(1L, Scalar(path, "SELECT version FROM schema_version;"));
        using var database = SqliteDatabase.Open(path);

        Assert.Equal((long)SqliteSchema.LatestVersion, Scalar(path, "SELECT version FROM schema_version;"));
        var loaded = (await new SqliteConversationStore(database, _time, Retention).LoadAsync(key, default))!;
        Assert.Equal(("old-session", 3L, ExamKind.Comlex), (loaded.SessionId, loaded.Version, loaded.Answers.Exam));
        Assert.True(await new SqliteDeliveryLedger(database, _time).TryRecordAsync("evt-1", TimeSpan.FromMinutes(5), default));
    }

    [Fact]
    public void A_file_from_a_newer_release_is_refused_with_a_message_that_says_what_to_do()
    {
        var path = _folder.File("newer.db");
        SqliteDatabase.Open(path).Dispose();
        Execute(path, "UPDATE schema_version SET version = 99;");

        var error = Assert.Throws<InvalidOperationException>(() => SqliteDatabase.Open(path));

        Assert.Contains("schema version 99", error.Message);
        Assert.Contains("Storage:SqlitePath", error.Message);
    }

    [Fact]
    public async Task Two_stores_on_one_file_let_exactly_one_of_two_saves_from_the_same_version_win()
    {
        var path = _folder.File("two-hosts.db");
        using var one = SqliteDatabase.Open(path);
        using var two = SqliteDatabase.Open(path);
        var stores = new[] { new SqliteConversationStore(one, _time, Retention), new SqliteConversationStore(two, _time, Retention) };
        var key = new ConversationKey("discord", "G1", "U2");
        Assert.True(await stores[0].TrySaveAsync(key, ConversationState.Start(_time.GetUtcNow(), "s"), default));
        var copies = new[] { (await stores[0].LoadAsync(key, default))!, (await stores[1].LoadAsync(key, default))! };

        var results = await Task.WhenAll(Task.Run(() => stores[0].TrySaveAsync(key, copies[0], default)),
            Task.Run(() => stores[1].TrySaveAsync(key, copies[1], default)));

        Assert.Single(results, saved => saved);
        Assert.Equal(2L, (await stores[1].LoadAsync(key, default))!.Version);
    }

    public void Dispose() => _folder.Dispose();

    private TurnHandler Service(SqliteDatabase database) =>
        new(new SqliteConversationStore(database, _time, Retention), TestContent.Engine(), _time);

    private static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
