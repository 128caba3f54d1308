using System.Text;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Testing;
using StackExchange.Redis;

namespace ResidencyAdvisor.Host.Tests.Privacy;

/// <summary>
/// Issue 11, findings 1 and 2, through the built program: after "forget" the score is in no byte the store keeps on
/// disk, and the SQLite files the program creates are private even under a permissive umask.
/// </summary>
public sealed class ConsoleForgetOnDiskTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"ra-forget-{Guid.NewGuid():N}");

    [Fact]
    public async Task After_forget_in_the_console_the_score_is_in_none_of_the_sqlite_database_wal_or_shm_bytes()
    {
        var database = Path.Combine(_folder, "data", "conversations.db");
        using var host = HostProcess.Start([], new Dictionary<string, string> { ["Storage__SqlitePath"] = database });
        _ = host.StandardError.ReadToEndAsync();
        try
        {
            await AnswerExamAndScoreAsync(host);
            await WaitUntilAsync(() => SqliteFilesContain(database, SavedScore.Bytes), "the saved score to reach the SQLite files");

            await host.StandardInput.WriteLineAsync("forget");
            await host.StandardInput.FlushAsync();
            await HostProcess.WaitForLineAsync(host.StandardOutput, "everything you told me has been erased");

            // The WAL is truncated right after the erase; if a reader held it, the 1 s checkpoint timer finishes the job.
            await WaitUntilAsync(() => !SqliteFilesContain(database, SavedScore.Bytes), "the score to leave the database, -wal and -shm files");
        }
        finally
        {
            host.StandardInput.Close();
            await host.WaitForExitAsync();
        }

        Assert.False(SqliteFilesContain(database, SavedScore.Bytes));
    }

    [Fact]
    public async Task Under_umask_022_the_data_folder_the_program_creates_is_0700_and_the_database_wal_and_shm_are_0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only
        }

        var database = Path.Combine(_folder, "data", "conversations.db");
        using var host = HostProcess.Start([], new Dictionary<string, string> { ["Storage__SqlitePath"] = database }, umask: "022");
        _ = host.StandardError.ReadToEndAsync();
        try
        {
            await AnswerExamAndScoreAsync(host);

            // The control: this umask would leave files the program does not tighten readable by everyone.
            var control = Path.Combine(_folder, "control");
            using (var touch = System.Diagnostics.Process.Start("/bin/sh", ["-c", "umask 022 && touch \"$0\"", control]))
            {
                await touch.WaitForExitAsync();
            }

            Assert.Equal(UnixFileMode.OtherRead, File.GetUnixFileMode(control) & UnixFileMode.OtherRead);

            const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            Assert.Equal(Private | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(database)!));
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                Assert.Equal(Private, File.GetUnixFileMode(file));
            }
        }
        finally
        {
            host.StandardInput.Close();
            await host.WaitForExitAsync();
        }
    }

    [RedisFact]
    public async Task After_forget_in_the_console_with_redis_keeping_an_append_only_file_the_rewritten_file_holds_no_copy_of_the_score()
    {
        Directory.CreateDirectory(_folder);
        using var redis = LocalRedisServer.Start(_folder);
        using var connection = RedisConnector.Connect(redis.Configuration);
        var admin = connection.GetServer(redis.Endpoint);
        await admin.ExecuteAsync("CONFIG", "SET", "appendonly", "yes");
        await WaitForRewriteAsync(admin);
        using var host = HostProcess.Start([], new Dictionary<string, string>
        {
            ["Storage__Provider"] = "redis",
            ["Storage__Redis"] = redis.Endpoint,
        });
        _ = host.StandardError.ReadToEndAsync();
        try
        {
            await AnswerExamAndScoreAsync(host);
            await WaitUntilAsync(() => FolderContains(_folder, SavedScore.Bytes), "the saved score to reach the append-only file");
            var rewrites = Rewrites(admin);

            await host.StandardInput.WriteLineAsync("forget");
            await host.StandardInput.FlushAsync();
            await HostProcess.WaitForLineAsync(host.StandardOutput, "everything you told me has been erased");
            await WaitUntilAsync(() => RewriteDone(admin) && Rewrites(admin) > rewrites, "Redis to rewrite its append-only file after the erase");
        }
        finally
        {
            host.StandardInput.Close();
            await host.WaitForExitAsync();
        }

        Assert.False(FolderContains(_folder, SavedScore.Bytes));
        Assert.Empty(admin.Keys(pattern: "*conversation*"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task AnswerExamAndScoreAsync(System.Diagnostics.Process host)
    {
        await HostProcess.WaitForLineAsync(host.StandardOutput, "Question 1 of 14");
        await host.StandardInput.WriteLineAsync("usmle");
        await host.StandardInput.WriteLineAsync(SavedScore.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await host.StandardInput.FlushAsync();

        // Question 3 is only asked once the score is saved (write before reply).
        await HostProcess.WaitForLineAsync(host.StandardOutput, "Question 3 of 14");
    }

    private static bool SqliteFilesContain(string database, byte[] needle) =>
        new[] { database, database + "-wal", database + "-shm" }.Any(file => FileContains(file, needle));

    private static bool FolderContains(string folder, byte[] needle) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any(file => FileContains(file, needle));

    private static bool FileContains(string file, byte[] needle)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray().AsSpan().IndexOf(needle) >= 0;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return false; // Redis deletes the old AOF parts after a rewrite; SQLite may delete the -wal.
        }
    }

    private static bool RewriteDone(IServer server)
    {
        var info = (string)server.Execute("INFO", "persistence")!;
        return info.Contains("aof_enabled:1", StringComparison.Ordinal)
            && info.Contains("aof_rewrite_in_progress:0", StringComparison.Ordinal)
            && info.Contains("aof_rewrite_scheduled:0", StringComparison.Ordinal);
    }

    /// <summary>How many append-only file rewrites Redis has finished (INFO persistence, aof_rewrites).</summary>
    private static int Rewrites(IServer server)
    {
        var info = (string)server.Execute("INFO", "persistence")!;
        var line = info.Split('\n').FirstOrDefault(l => l.StartsWith("aof_rewrites:", StringComparison.Ordinal));
        return line is null ? 0 : int.Parse(line["aof_rewrites:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task WaitForRewriteAsync(IServer server) =>
        WaitUntilAsync(() => RewriteDone(server) && Rewrites(server) > 0, "Redis to write its first append-only file");

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    /// <summary>The score the student answers, and its bytes exactly as the saved conversation JSON holds it.</summary>
    private static class SavedScore
    {
        public const int Score = 241;

        public static readonly byte[] Bytes = Encoding.UTF8.GetBytes(ScoreField());

        private static string ScoreField()
        {
            var state = ConversationState.Start(DateTimeOffset.UnixEpoch, "s");
            state.Answers = new Core.Questionnaire.Answers { Exam = Core.Questionnaire.ExamKind.Usmle, ScoreAnswered = true, Step2Score = Score };
            var json = Encoding.UTF8.GetString(ConversationStateSerializer.Serialize(state));
            var match = System.Text.RegularExpressions.Regex.Match(json, $"\"[A-Za-z0-9]+\":{Score}");
            Assert.True(match.Success, json);
            return match.Value;
        }
    }
}
