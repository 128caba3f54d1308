using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Core.Tests.Conversations;

namespace ResidencyAdvisor.Core.Tests.Season;

/// <summary>
/// The host's reminder loop on a controlled clock, over a student who finished the questionnaire through the real turn
/// handler: what they ticked and the zone they chose reach the reminder they receive.
/// </summary>
public sealed class ReminderServiceTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = Start.AddDays(8);

    // An hour, not the host's minute: the test walks a week of clock, and the reminders fall on the hour.
    private static readonly TimeSpan CheckEvery = TimeSpan.FromHours(1);
    private readonly string _dir = Directory.CreateTempSubdirectory("reminder-service-").FullName;
    private readonly FakeTimeProvider _time = new(Start);
    private readonly FlakyStore _reminders = new();
    private readonly RecordingSender _sender = new();
    private readonly CapturedLogs _logs = new();

    public void Dispose()
    {
        _logs.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task A_student_who_turned_reminders_on_gets_one_reminder_per_offset_in_their_zone_without_what_they_ticked()
    {
        var chat = new TestChat(time: _time, reminders: _reminders);
        await chat.FinishAsync();
        var checklist = Assert.IsType<ChecklistView>((await chat.TypeAsync("checklist")).View).Checklist;
        var dueByDeadline = checklist.Tasks.Where(t => t.DueBefore is not null).GroupBy(t => t.DueBefore!).MaxBy(g => g.Count())!.ToList();
        Assert.True(dueByDeadline.Count >= 2, "some milestone has several of the shipped tasks due by it");
        await chat.TypeAsync($"done {checklist.Tasks.ToList().IndexOf(dueByDeadline[0]) + 1}");
        await chat.TypeAsync("timezone America/Los_Angeles");
        await chat.TypeAsync("reminders on");
        using var service = Service(chat, dueByDeadline[0].DueBefore!);
        await service.StartAsync(default);

        await AdvanceToAsync(Deadline.AddDays(-7).AddMinutes(1), () => _sender.Sent.Count == 1);
        await AdvanceToAsync(Deadline.AddDays(-1).AddMinutes(1), () => _sender.Sent.Count == 2);
        await AdvanceToAsync(Deadline.AddDays(1), () => _reminders.Passes > 0);

        Assert.Equal(2, _sender.Sent.Count);
        Assert.All(_sender.Sent, s => Assert.Equal(chat.Key, s.Key));
        var message = _sender.Sent[0].Message;
        Assert.Contains(StudentTimeZone.Describe(Deadline, StudentTimeZone.FindOrDefault("America/Los_Angeles")), message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(dueByDeadline[0].Text, message.OpenTasks);
        Assert.Contains(dueByDeadline[1].Text, message.OpenTasks);
        await service.StopAsync(default);
    }

    [Fact]
    public async Task A_store_outage_is_logged_once_and_the_reminder_goes_out_when_the_store_is_back()
    {
        var chat = new TestChat(time: _time, reminders: _reminders);
        await chat.FinishAsync();
        await chat.TypeAsync("reminders on");
        _reminders.Down = true;
        using var service = Service(chat);
        await service.StartAsync(default);

        await AdvanceToAsync(Deadline.AddDays(-7).AddMinutes(5), () => _reminders.Passes >= 5);
        Assert.Empty(_sender.Sent);
        Assert.Equal(1, _logs.Count(4104));

        _reminders.Down = false;
        await AdvanceToAsync(Deadline.AddDays(-7).AddMinutes(6), () => _sender.Sent.Count == 1);
        Assert.True(await WithinAsync(() => _logs.Count(4105) == 1), "the recovery was not logged");
        await service.StopAsync(default);
    }


    private ReminderService Service(TestChat chat, string milestoneId = "rol-deadline")
    {
        var calendar = Calendar(milestoneId);
        var scheduler = new ReminderScheduler(_reminders, new ReminderPlanner(calendar, [TimeSpan.FromDays(7), TimeSpan.FromDays(1)]),
            new StoredChecklists(chat.Store, new ConversationEngine(TestContent.Content)), [_sender], TestContent.Content.Guidance, calendar,
            NullLogger<ReminderScheduler>.Instance);
        return new ReminderService(scheduler, _time, CheckEvery, _logs.CreateLogger(nameof(ReminderService)));
    }

    /// <summary>
    /// Moves the clock a step (the service's check interval) at a time until <paramref name="until"/>, then on until the
    /// condition holds. The loop runs on the thread pool: a step taken before it began its wait wakes it only on the
    /// next step, so a step never insists on a pass, and a few extra steps are allowed at the end.
    /// </summary>
    private async Task AdvanceToAsync(DateTimeOffset until, Func<bool> condition)
    {
        while (_time.GetUtcNow() < until)
        {
            await StepAsync();
        }

        for (var extra = 0; !await WithinAsync(condition); extra++)
        {
            Assert.True(extra < 5, "the reminder loop did not get there within five more steps");
            await StepAsync();
        }
    }

    private async Task StepAsync()
    {
        var passes = _reminders.Passes;
        _time.Advance(CheckEvery);
        await WithinAsync(() => _reminders.Passes > passes);
    }

    /// <summary>True once the condition holds, false after two seconds of real time without it.</summary>
    private static async Task<bool> WithinAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(2);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(5);
        }

        return true;
    }

    private SeasonCalendar Calendar(string milestoneId)
    {
        var path = Path.Combine(_dir, "calendar.json");
        File.WriteAllText(path, $$"""
            {"cycle": "2027 Main Residency Match", "milestones": [
              {"id": "{{milestoneId}}", "title": "Rank order list certification deadline", "date": "{{Deadline:yyyy-MM-ddTHH:mm:ssK}}", "source": "https://www.nrmp.org/match-calendars/", "checked": "2026-12-07"}]}
            """);
        return SeasonCalendar.Load(path);
    }

    /// <summary>The in-memory store, counting the scheduler's passes (each starts with a list) and failing them on demand.</summary>
    private sealed class FlakyStore : IReminderStore
    {
        private readonly InMemoryReminderStore _inner = new();
        private int _passes;

        public bool Down { get; set; }

        public int Passes => Volatile.Read(ref _passes);

        public Task<IReadOnlyList<ReminderSubscription>> ListAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _passes);
            return Down ? throw new IOException("store unreachable") : _inner.ListAsync(cancellationToken);
        }

        public Task SubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken) => _inner.SubscribeAsync(subscription, cancellationToken);

        public Task<ReminderSubscription?> GetAsync(ConversationKey key, CancellationToken cancellationToken) => _inner.GetAsync(key, cancellationToken);

        public Task UnsubscribeAsync(ConversationKey key, CancellationToken cancellationToken) => _inner.UnsubscribeAsync(key, cancellationToken);

        public Task UnsubscribeUserAsync(string platform, string userId, CancellationToken cancellationToken) => _inner.UnsubscribeUserAsync(platform, userId, cancellationToken);

        public Task UnsubscribeAllAsync(string platform, string scope, CancellationToken cancellationToken) => _inner.UnsubscribeAllAsync(platform, scope, cancellationToken);

        public Task<IReadOnlySet<string>> HandledAsync(ConversationKey key, CancellationToken cancellationToken) => _inner.HandledAsync(key, cancellationToken);

        public Task<bool> TryClaimAsync(ConversationKey key, string reminderId, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
            _inner.TryClaimAsync(key, reminderId, owner, now, lease, cancellationToken);

        public Task CompleteAsync(ConversationKey key, string reminderId, CancellationToken cancellationToken) => _inner.CompleteAsync(key, reminderId, cancellationToken);

        public Task<int> FailAsync(ConversationKey key, string reminderId, CancellationToken cancellationToken) => _inner.FailAsync(key, reminderId, cancellationToken);
    }

    private sealed class RecordingSender : IReminderSender
    {
        public List<(ConversationKey Key, ReminderMessage Message)> Sent { get; } = [];

        public string Platform => "test";

        public Task<ReminderDelivery> SendAsync(ConversationKey key, ReminderMessage message, CancellationToken cancellationToken)
        {
            lock (Sent)
            {
                Sent.Add((key, message));
            }

            return Task.FromResult(ReminderDelivery.Sent);
        }
    }
}
