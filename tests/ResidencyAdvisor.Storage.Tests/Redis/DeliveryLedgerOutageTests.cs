using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Delivery;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Testing;

namespace ResidencyAdvisor.Storage.Tests.Redis;

/// <summary>
/// Issue 18: the delivery ledger failing open while its store is down. What is documented (docs/storage.md): every
/// delivery is treated as new at once, with a warning, so a redelivery during the outage is handled again (the
/// conversation store is down too, so the student is told the answer could not be saved rather than answered twice);
/// once Redis is back, deduplication resumes by itself. Issue 19: a turn that saves records its delivery in the same
/// script, so a turn that could not be saved left no record and its retry is answered once Redis is back.
/// </summary>
public sealed class DeliveryLedgerOutageTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    [RedisFact]
    public async Task While_redis_is_down_every_delivery_counts_as_new_at_once_and_dedupe_resumes_when_it_returns()
    {
        using var server = LocalRedisServer.Start();
        using var connection = RedisConnector.Connect(server.Configuration);
        var warnings = new CountingLogger();
        var ledger = new FailOpenDeliveryLedger(new RedisDeliveryLedger(connection, "outage:"), warnings);
        Assert.True(await ledger.TryRecordAsync("EvBefore", Window, default));
        Assert.False(await ledger.TryRecordAsync("EvBefore", Window, default));

        server.Stop();
        await UntilAsync(() => !connection.IsConnected);
        var started = Stopwatch.GetTimestamp();
        var duringOutage = new[]
        {
            await ledger.TryRecordAsync("EvDuring", Window, default),
            await ledger.TryRecordAsync("EvDuring", Window, default),
            await ledger.TryRecordAsync("EvBefore", Window, default),
        };
        var elapsed = Stopwatch.GetElapsedTime(started);

        server.Restart();
        await UntilAsync(() => connection.IsConnected);
        var afterFirst = await ledger.TryRecordAsync("EvAfter", Window, default);
        var afterRepeat = await ledger.TryRecordAsync("EvAfter", Window, default);

        Assert.Equal([true, true, true], duringOutage);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"three ledger calls took {elapsed} with Redis down");
        Assert.Equal(3, warnings.Warnings);
        Assert.True(afterFirst);
        Assert.False(afterRepeat);
    }

    [RedisFact]
    public async Task A_turn_that_could_not_be_saved_during_an_outage_records_nothing_and_its_retry_is_answered_once_redis_is_back()
    {
        using var server = LocalRedisServer.Start();
        using var connection = RedisConnector.Connect(server.Configuration);
        var store = new RedisConversationStore(connection, TimeSpan.FromDays(1), "outage-turn:");
        var ledger = new FailOpenDeliveryLedger(new RedisDeliveryLedger(connection, "outage-turn:"), new CountingLogger());
        var service = new TurnHandler(store, TestContent.Engine(), TimeProvider.System, deliveries: ledger);
        var key = new ConversationKey("slack", "T1", "U1");
        var answer = UserInput.Text("usmle") with { Delivery = new DeliveryRecord("slack:event:Ev1", Window) };

        server.Stop();
        await UntilAsync(() => !connection.IsConnected);
        var duringOutage = await service.HandleAsync(key, answer, default);
        server.Restart();
        await UntilAsync(() => connection.IsConnected);
        var retry = await service.HandleAsync(key, answer, default);
        var replay = await service.HandleAsync(key, answer, default);

        Assert.True(duringOutage.Has(NoticeKind.TryAgainShortly));
        // The server came back empty (no persistence here): the retry is answered, starting the questionnaire anew.
        Assert.False(retry.IsReplay || retry.Has(NoticeKind.TryAgainShortly));
        Assert.IsType<QuestionView>(retry.View);
        Assert.True(replay.IsReplay);
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var until = Stopwatch.GetTimestamp() + (10 * Stopwatch.Frequency);
        while (!condition())
        {
            Assert.True(Stopwatch.GetTimestamp() < until, "Redis's connection state did not change within 10 s.");
            await Task.Delay(20);
        }
    }

    private sealed class CountingLogger : ILogger<FailOpenDeliveryLedger>
    {
        public int Warnings { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings++;
            }
        }
    }
}
