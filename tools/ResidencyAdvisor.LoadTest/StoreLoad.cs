using System.Diagnostics;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Storage.Sqlite;
using ResidencyAdvisor.Testing;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// Scenario "store": simulated students answer the whole questionnaire through TurnHandler over SQLite and
/// Redis; reports answers per second and the store time per answer (LoadAsync + SaveAsync), then counts what was kept.
/// Options: --students N (1000), --concurrency N (16), --provider sqlite|redis|both|memory (both), --redis host:port.
/// </summary>
internal static class StoreLoad
{
    private static readonly string[] Answers =
        ["usmle", "241", "0", "3", "yes", "1", "no", "1", "anywhere", "yes", "no", "yes", "internal medicine", "none", "0"];

    private static readonly AsyncLocal<StoreTiming?> CurrentTiming = new();

    public static async Task<int> RunAsync(string[] args)
    {
        var students = IntOption(args, "--students", 1000);
        var concurrency = IntOption(args, "--concurrency", 16);
        var provider = Option(args, "--provider") ?? "both";
        var content = AdvisorContent.Load(Path.Combine(AppContext.BaseDirectory, "config"));
        var failed = 0;

        if (provider == "memory")
        {
            // Baseline: the same turns with no I/O at all, to tell store latency from machine noise.
            return await RunProviderAsync("memory", new InMemoryConversationStore(), content, students, concurrency);
        }

        if (provider is "sqlite" or "both")
        {
            var folder = Directory.CreateTempSubdirectory("residency-advisor-load-");
            try
            {
                using var database = SqliteDatabase.Open(Path.Combine(folder.FullName, "conversations.db"));
                var store = new SqliteConversationStore(database, TimeProvider.System, TimeSpan.FromDays(30));
                failed += await RunProviderAsync("sqlite", store, content, students, concurrency);
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        }

        if (provider is "redis" or "both")
        {
            string? failure = null;
            using var server = Option(args, "--redis") is null ? LocalRedisServer.TryStart(out failure) : null;
            var configuration = Option(args, "--redis") ?? server?.Configuration;
            if (configuration is null)
            {
                Console.WriteLine($"redis: skipped ({failure}: apt-get install redis-server, or pass --redis host:port)");
                return provider == "redis" ? 1 : failed;
            }

            using var connection = RedisConnector.Connect(configuration);
            var store = new RedisConversationStore(connection, TimeSpan.FromDays(30), $"load-{Guid.NewGuid():N}:");
            failed += await RunProviderAsync("redis", store, content, students, concurrency);
        }

        return failed;
    }

    private static async Task<int> RunProviderAsync(string name, IConversationStore store, AdvisorContent content, int students, int concurrency)
    {
        var service = new TurnHandler(new TimedStore(store, CurrentTiming), new ConversationEngine(content), TimeProvider.System);
        var storeTime = new LatencyRecorder($"{name} store time per answer (load + save)");
        var turnTime = new LatencyRecorder($"{name} whole turn (HandleAsync)");
        var keys = Enumerable.Range(0, students).Select(i => new ConversationKey("load", "guild", $"student-{i}")).ToArray();
        var answered = 0;

        // Warm-up (JIT, connections, prepared statements) on keys the final count ignores.
        await TurnsAsync(service, new ConversationKey("load", "warm-up", "w"), null, null);

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (key, ct) =>
            Interlocked.Add(ref answered, await TurnsAsync(service, key, storeTime, turnTime)));
        clock.Stop();

        var (completed, recorded) = await CountKeptAsync(store, keys);
        var perSecond = answered / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{name}: {students} students x {Answers.Length} answers, concurrency {concurrency}: {answered} answers in {clock.Elapsed.TotalSeconds:F2} s = {perSecond:F0} answers/s");
        Console.WriteLine(storeTime.Report());
        Console.WriteLine(turnTime.Report());
        Console.WriteLine($"{name}: kept {completed}/{students} completed conversations, {recorded}/{students * Answers.Length} answers; lost {students * Answers.Length - recorded}");
        return completed == students && recorded == students * Answers.Length ? 0 : 1;
    }

    private static async Task<int> TurnsAsync(TurnHandler service, ConversationKey key, LatencyRecorder? storeTime, LatencyRecorder? turnTime)
    {
        await TurnAsync(service, key, UserInput.Start(), storeTime, turnTime);
        var accepted = 0;
        foreach (var answer in Answers)
        {
            var reply = await TurnAsync(service, key, UserInput.Text(answer), storeTime, turnTime);
            accepted += reply.Has(NoticeKind.InvalidAnswer) || reply.Has(NoticeKind.TryAgainShortly) ? 0 : 1;
        }

        return accepted;
    }

    private static async Task<Reply> TurnAsync(TurnHandler service, ConversationKey key, UserInput input, LatencyRecorder? storeTime, LatencyRecorder? turnTime)
    {
        var timing = new StoreTiming();
        CurrentTiming.Value = timing;
        var start = Stopwatch.GetTimestamp();
        var reply = await service.HandleAsync(key, input, CancellationToken.None);
        turnTime?.Record(start, Stopwatch.GetTimestamp());
        storeTime?.Record(timing.Elapsed);
        return reply;
    }

    private static async Task<(int Completed, int Recorded)> CountKeptAsync(IConversationStore store, ConversationKey[] keys)
    {
        var (completed, recorded) = (0, 0);
        foreach (var key in keys)
        {
            if (await store.LoadAsync(key, CancellationToken.None) is { } state)
            {
                completed += state.Step == Step.Done ? 1 : 0;
                recorded += state.Turn;
            }
        }

        return (completed, recorded);
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int IntOption(string[] args, string name, int fallback) =>
        int.TryParse(Option(args, name), out var value) && value > 0 ? value : fallback;

    /// <summary>Store time spent within one turn; a mutable holder so the decorator deep in the call adds to it.</summary>
    private sealed class StoreTiming
    {
        private long _ticks;

        public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

        public void Add(TimeSpan elapsed) => Interlocked.Add(ref _ticks, elapsed.Ticks);

        public static async Task<T> MeasureAsync<T>(AsyncLocal<StoreTiming?> current, Func<Task<T>> call)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                return await call();
            }
            finally
            {
                current.Value?.Add(Stopwatch.GetElapsedTime(start));
            }
        }
    }

    /// <summary>Times LoadAsync and SaveAsync, the store work of one answer.</summary>
    private sealed class TimedStore(IConversationStore inner, AsyncLocal<StoreTiming?> current) : IConversationStore
    {
        public Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken cancellationToken) =>
            StoreTiming.MeasureAsync(current, () => inner.LoadAsync(key, cancellationToken));

        public Task<SaveOutcome> SaveAsync(ConversationKey key, ConversationState state, DeliveryRecord? delivery, CancellationToken cancellationToken) =>
            StoreTiming.MeasureAsync(current, () => inner.SaveAsync(key, state, delivery, cancellationToken));

        public Task<SaveOutcome> ConfirmAsync(ConversationKey key, long version, DeliveryRecord? delivery, CancellationToken cancellationToken) =>
            StoreTiming.MeasureAsync(current, () => inner.ConfirmAsync(key, version, delivery, cancellationToken));

        public Task<bool> DeleteAsync(ConversationKey key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);

        public Task<int> DeleteAllAsync(string platform, string userId, CancellationToken cancellationToken) =>
            inner.DeleteAllAsync(platform, userId, cancellationToken);
    }
}
