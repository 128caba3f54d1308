using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Storage.Sqlite;
using ResidencyAdvisor.Storage.Tests.Fixtures;

namespace ResidencyAdvisor.Storage.Tests.Sqlite;

/// <summary>Erasing must remove the answer from the bytes on disk, not only from query results (issue 11, finding 1).</summary>
public sealed partial class SqliteErasureTests : IDisposable
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_forgotten_answer_is_in_none_of_the_database_wal_or_shm_bytes()
    {
        var path = _folder.File("conversations.db");
        using var database = SqliteDatabase.Open(path);
        var store = new SqliteConversationStore(database, _time, Retention);
        var key = new ConversationKey("discord", "guild-1", "user-1");
        var needles = await SaveSeveralTurnsAsync(store, key);
        Assert.True(Contains(path, needles), "the answer should be on disk before it is erased");

        Assert.True(await store.DeleteAsync(key, default));

        Assert.False(Contains(path, needles));
        Assert.Equal(0, new FileInfo(path + "-wal").Length);
    }

    [Fact]
    public async Task An_expired_conversation_purged_by_the_cleanup_is_in_none_of_the_files()
    {
        var path = _folder.File("conversations.db");
        using var database = SqliteDatabase.Open(path);
        var store = new SqliteConversationStore(database, _time, Retention);
        var needles = await SaveSeveralTurnsAsync(store, new ConversationKey("slack", "T1", "U1"));
        _time.Advance(Retention + TimeSpan.FromMinutes(1));

        Assert.Equal(1, await store.PurgeExpiredAsync(default));

        Assert.False(Contains(path, needles));
    }

    [Fact]
    public void A_new_folder_is_0700_and_the_database_and_its_wal_and_shm_are_0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only
        }

        var path = Path.Combine(_folder.Path, "new", "conversations.db");

        using var database = SqliteDatabase.Open(path);

        Assert.Equal(SqliteFiles.FolderMode, File.GetUnixFileMode(Path.GetDirectoryName(path)!));
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            Assert.Equal(SqliteFiles.FileMode, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void A_world_readable_database_left_by_an_older_release_is_made_private_on_open()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only
        }

        var path = _folder.File("old.db");
        using (SqliteDatabase.Open(path))
        {
        }

        const UnixFileMode worldReadable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(path, worldReadable);

        using var database = SqliteDatabase.Open(path);

        Assert.Equal(SqliteFiles.FileMode, File.GetUnixFileMode(path));
        Assert.Equal(SqliteFiles.FileMode, File.GetUnixFileMode(path + "-wal"));
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Saves a few turns of one conversation; returns the byte strings that identify its answers on disk.</summary>
    private async Task<string[]> SaveSeveralTurnsAsync(SqliteConversationStore store, ConversationKey key)
    {
        var state = ConversationState.Start(_time.GetUtcNow(), "session-erase-me-4711");
        state.Answers = new Answers { Exam = ExamKind.Usmle, ScoreAnswered = true, Step2Score = 241 };
        for (var turn = 1; turn <= 4; turn++)
        {
            state.Turn = turn;
            state.Step = turn % 2 == 0 ? Step.ExamFailures : Step.UsClinicalExperiences;
            Assert.True(await store.TrySaveAsync(key, state, default));
        }

        // The score exactly as the serializer writes it (e.g. "step2Score":241), plus the session id.
        var json = Encoding.UTF8.GetString(ConversationStateSerializer.Serialize(state));
        var score = ScoreField().Match(json);
        Assert.True(score.Success, json);
        return [score.Value, state.SessionId];
    }

    private static bool Contains(string path, string[] needles) =>
        new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists).Any(file =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            return needles.Any(n => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(n)) >= 0);
        });

    [GeneratedRegex("\"[A-Za-z0-9]+\":241")]
    private static partial Regex ScoreField();
}
