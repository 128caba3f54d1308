using Microsoft.Extensions.Logging.Abstractions;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Core.Tests.Season;

public sealed class ReminderSchedulerTests : IDisposable
{
    private static readonly DateTimeOffset Deadline = new(2027, 3, 3, 21, 0, 0, TimeSpan.FromHours(-5));
    private static readonly ConversationKey Student = new("slack", "T1", "U1");
    private readonly string _dir = Directory.CreateTempSubdirectory("scheduler-").FullName;
    private readonly InMemoryReminderStore _store = new();
    private readonly RecordingSender _sender = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Two_instances_on_one_store_send_each_reminder_once()
    {
        await SubscribeAsync(Deadline.AddDays(-30));
        var calendar = Calendar();
        var first = Scheduler(calendar, _sender);
        var second = Scheduler(calendar, _sender);

        var passes = new[] { Deadline.AddDays(-7), Deadline.AddDays(-7).AddMinutes(1), Deadline.AddDays(-1), Deadline.AddDays(-1).AddMinutes(1) };
        foreach (var now in passes)
        {
            await Task.WhenAll(first.RunDueAsync(now, default), second.RunDueAsync(now, default));
        }

        Assert.Equal(2, _sender.Sent.Count);
        Assert.All(_sender.Sent, s => Assert.StartsWith("Coming up: Rank order list certification deadline, Wednesday, March 3, 2027, 9:00 PM (America/New_York).", s.Message.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reminder_is_shown_in_the_zone_the_student_chose()
    {
        await SubscribeAsync(Deadline.AddDays(-30), "America/Los_Angeles");

        await Scheduler(Calendar(), _sender).RunDueAsync(Deadline.AddDays(-7), default);

        Assert.Contains("Wednesday, March 3, 2027, 6:00 PM (America/Los_Angeles)", Assert.Single(_sender.Sent).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_sent_after_the_student_stops_reminders()
    {
        await SubscribeAsync(Deadline.AddDays(-30));
        await _store.UnsubscribeAsync(Student, default);

        Assert.Equal(0, await Scheduler(Calendar(), _sender).RunDueAsync(Deadline.AddDays(-1), default));
        Assert.Empty(_sender.Sent);
    }

    [Fact]
    public async Task Reminders_missed_while_down_are_sent_once_late_and_those_past_their_date_are_skipped()
    {
        await SubscribeAsync(Deadline.AddDays(-30));
        var scheduler = Scheduler(Calendar(), _sender);

        // Down from a week before until two hours before: the week's reminder is late, the day's too; one message each.
        await scheduler.RunDueAsync(Deadline.AddHours(-2), default);
        await scheduler.RunDueAsync(Deadline.AddHours(-1), default);

        Assert.Equal(2, _sender.Sent.Count);
        Assert.All(_sender.Sent, s => Assert.Contains("reaches you late", s.Message.Text, StringComparison.Ordinal));

        var other = new RecordingSender();
        await _store.UnsubscribeAsync(Student, default);
        await SubscribeAsync(Deadline.AddDays(-30));
        await Scheduler(Calendar(), other).RunDueAsync(Deadline.AddHours(3), default);
        Assert.Empty(other.Sent);
        Assert.Equal(2, (await _store.HandledAsync(Student, default)).Count);
    }

    [Fact]
    public async Task A_student_who_cannot_be_reached_is_unsubscribed_at_once()
    {
        await SubscribeAsync(Deadline.AddDays(-30));
        _sender.Next = ReminderDelivery.Unreachable;

        await Scheduler(Calendar(), _sender).RunDueAsync(Deadline.AddDays(-7), default);

        Assert.Null(await _store.GetAsync(Student, default));
    }

    [Fact]
    public async Task Reminders_stop_after_three_failed_deliveries_in_a_row()
    {
        await SubscribeAsync(Deadline.AddDays(-30));
        _sender.Next = ReminderDelivery.Failed;
        var scheduler = Scheduler(Calendar(), _sender);

        for (var minute = 0; minute < ReminderScheduler.MaxFailures - 1; minute++)
        {
            await scheduler.RunDueAsync(Deadline.AddDays(-7).AddMinutes(minute), default);
            Assert.NotNull(await _store.GetAsync(Student, default));
        }

        await scheduler.RunDueAsync(Deadline.AddDays(-7).AddMinutes(5), default);
        Assert.Null(await _store.GetAsync(Student, default));
        Assert.Equal(ReminderScheduler.MaxFailures, _sender.Attempts);
    }

    [Fact]
    public async Task A_reminder_lists_the_open_tasks_due_by_its_milestone()
    {
        await SubscribeAsync(Deadline.AddDays(-2));
        var tasks = new[] { new SeasonTask("rol.supplemental", "Certify your rank order list.", "rol-deadline"), new SeasonTask("x", "Done already.", "rol-deadline") };
        var checklists = new FixedChecklists(new SeasonChecklist(tasks, new HashSet<string> { "x" }));

        await Scheduler(Calendar(), _sender, checklists).RunDueAsync(Deadline.AddDays(-1), default);

        var message = Assert.Single(_sender.Sent).Message;
        Assert.Equal(["Certify your rank order list."], message.OpenTasks);
        Assert.Equal("Still open on your checklist before then:", message.OpenTasksHeading);
    }

    [Fact]
    public async Task Once_every_dated_milestone_has_passed_and_nothing_is_left_to_send_the_subscription_is_deleted()
    {
        await SubscribeAsync(Deadline.AddDays(-30));
        var scheduler = Scheduler(Calendar(), _sender);
        await scheduler.RunDueAsync(Deadline.AddDays(-7), default);
        await scheduler.RunDueAsync(Deadline.AddDays(-1), default);
        Assert.NotNull(await _store.GetAsync(Student, default));

        await scheduler.RunDueAsync(Deadline.AddMinutes(1), default);

        Assert.Null(await _store.GetAsync(Student, default));
        Assert.Equal(2, _sender.Sent.Count);
    }

    [Fact]
    public async Task A_day_the_student_set_after_the_last_milestone_keeps_the_subscription_until_it_is_sent()
    {
        await _store.SubscribeAsync(new ReminderSubscription(Student, Deadline.AddDays(-30), StudentTimeZone.DefaultId,
            new Dictionary<string, DateTimeOffset> { ["soap.decide.dual"] = Deadline.AddDays(5) }), default);
        var scheduler = Scheduler(Calendar(), _sender);

        await scheduler.RunDueAsync(Deadline.AddDays(1), default);
        Assert.NotNull(await _store.GetAsync(Student, default));

        await scheduler.RunDueAsync(Deadline.AddDays(5).AddMinutes(1), default);
        await scheduler.RunDueAsync(Deadline.AddDays(5).AddMinutes(2), default);
        Assert.Null(await _store.GetAsync(Student, default));
    }

    private Task SubscribeAsync(DateTimeOffset since, string zone = StudentTimeZone.DefaultId) =>
        _store.SubscribeAsync(new ReminderSubscription(Student, since, zone, new Dictionary<string, DateTimeOffset>()), default);

    private ReminderScheduler Scheduler(SeasonCalendar calendar, IReminderSender sender, ISeasonChecklists? checklists = null) => new(
        _store, new ReminderPlanner(calendar, [TimeSpan.FromDays(7), TimeSpan.FromDays(1)]), checklists ?? new FixedChecklists(null), [sender],
        TestContent.Content.Guidance, calendar, NullLogger<ReminderScheduler>.Instance);

    private SeasonCalendar Calendar()
    {
        var path = Path.Combine(_dir, "calendar.json");
        File.WriteAllText(path, """
            {"cycle": "2027 Main Residency Match", "milestones": [
              {"id": "rol-deadline", "title": "Rank order list certification deadline", "date": "2027-03-03T21:00:00-05:00", "source": "https://www.nrmp.org/match-calendars/", "checked": "2026-12-07"}]}
            """);
        return SeasonCalendar.Load(path);
    }

    private sealed class RecordingSender : IReminderSender
    {
        private readonly Lock _lock = new();

        public List<(ConversationKey Key, ReminderMessage Message)> Sent { get; } = [];

        public ReminderDelivery Next { get; set; } = ReminderDelivery.Sent;

        public int Attempts { get; private set; }

        public string Platform => "slack";

        public Task<ReminderDelivery> SendAsync(ConversationKey key, ReminderMessage message, CancellationToken cancellationToken)
        {
            lock (_lock)
            {
                Attempts++;
                if (Next == ReminderDelivery.Sent)
                {
                    Sent.Add((key, message));
                }

                return Task.FromResult(Next);
            }
        }
    }

    private sealed class FixedChecklists(SeasonChecklist? checklist) : ISeasonChecklists
    {
        public Task<SeasonChecklist?> ForAsync(ConversationKey key, CancellationToken cancellationToken) => Task.FromResult(checklist);
    }
}
