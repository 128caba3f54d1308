using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Core.Tests.Season;

public sealed class ReminderPlannerTests : IDisposable
{
    private static readonly DateTimeOffset Deadline = new(2027, 3, 3, 21, 0, 0, TimeSpan.FromHours(-5));
    private static readonly TimeSpan[] Offsets = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];
    private static readonly ConversationKey Student = new("slack", "T1", "U1");
    private readonly string _dir = Directory.CreateTempSubdirectory("reminders-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Each_offset_before_a_dated_milestone_falls_due_at_its_time_and_not_before()
    {
        var planner = new ReminderPlanner(Calendar(Deadline), Offsets);
        var subscription = Subscribed(Deadline.AddDays(-30));

        Assert.Empty(planner.Due(subscription, Handled(), Deadline.AddDays(-7).AddSeconds(-1)));
        var weekBefore = Assert.Single(planner.Due(subscription, Handled(), Deadline.AddDays(-7)));
        Assert.Equal("rol-deadline", weekBefore.Milestone!.Id);
        Assert.Equal(Deadline.AddDays(-7), weekBefore.FireAt);

        var both = planner.Due(subscription, Handled(), Deadline.AddDays(-1));
        Assert.Equal([Deadline.AddDays(-7), Deadline.AddDays(-1)], both.Select(r => r.FireAt));
        Assert.Equal(Deadline.AddDays(-1), planner.Next(subscription, Handled(weekBefore.Id), Deadline.AddDays(-3)));
    }

    [Fact]
    public void A_handled_reminder_is_never_due_again()
    {
        var planner = new ReminderPlanner(Calendar(Deadline), Offsets);
        var subscription = Subscribed(Deadline.AddDays(-30));
        var first = Assert.Single(planner.Due(subscription, Handled(), Deadline.AddDays(-6)));

        Assert.Empty(planner.Due(subscription, Handled(first.Id), Deadline.AddDays(-6)));
    }

    [Fact]
    public void Nothing_that_fell_due_before_the_student_turned_reminders_on_is_sent()
    {
        var planner = new ReminderPlanner(Calendar(Deadline), Offsets);
        var subscription = Subscribed(Deadline.AddDays(-3));

        Assert.Empty(planner.Due(subscription, Handled(), Deadline.AddDays(-2)));
        Assert.Single(planner.Due(subscription, Handled(), Deadline.AddDays(-1)));
    }

    [Fact]
    public void A_reminder_missed_while_the_bot_was_down_is_due_late_or_past_its_event()
    {
        var planner = new ReminderPlanner(Calendar(Deadline), [TimeSpan.FromDays(1)]);
        var reminder = Assert.Single(planner.Due(Subscribed(Deadline.AddDays(-30)), Handled(), Deadline.AddHours(-2)));

        Assert.True(reminder.IsLate(Deadline.AddHours(-2), TimeSpan.FromMinutes(10)));
        Assert.False(reminder.IsPast(Deadline.AddHours(-2)));
        Assert.True(reminder.IsPast(Deadline.AddHours(1)));
    }

    [Fact]
    public void A_milestone_an_operator_moves_gets_reminders_of_its_own()
    {
        var subscription = Subscribed(Deadline.AddDays(-30));
        var sent = Assert.Single(new ReminderPlanner(Calendar(Deadline), Offsets).Due(subscription, Handled(), Deadline.AddDays(-7)));

        var moved = new ReminderPlanner(Calendar(Deadline.AddDays(2)), Offsets).Due(subscription, Handled(sent.Id), Deadline.AddDays(-5));

        Assert.Equal(Deadline.AddDays(-5), Assert.Single(moved).FireAt);
    }

    [Fact]
    public void A_date_the_student_set_for_a_task_is_due_on_that_day()
    {
        var planner = new ReminderPlanner(Calendar(Deadline), Offsets);
        var letters = new DateTimeOffset(2026, 12, 20, 9, 0, 0, TimeSpan.FromHours(-5));
        var subscription = Subscribed(letters.AddDays(-10)) with { TaskDates = new Dictionary<string, DateTimeOffset> { ["letters.radiology"] = letters } };

        var due = Assert.Single(planner.Due(subscription, Handled(), letters));
        Assert.Equal("letters.radiology", due.TaskId);
        Assert.Null(due.Milestone);
    }

    [Fact]
    public void An_unpublished_milestone_has_no_reminder()
    {
        var planner = new ReminderPlanner(TestContent.Content.Calendar, Offsets);
        Assert.Null(planner.Next(Subscribed(DateTimeOffset.MinValue), Handled(), new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("7.00:00:00,1.00:00:00", 2)]
    [InlineData("00:01:00", 1)]
    [InlineData("1.00:00:00, 1.00:00:00", 1)]
    public void Offsets_setting_reads_a_comma_separated_list_of_durations(string text, int count)
    {
        Assert.Equal(count, ReminderPlanner.ParseOffsets(text, out var problem)!.Count);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("", "give at least one duration, like 7.00:00:00,1.00:00:00")]
    [InlineData("7 days", "'7 days' is not a positive duration like 7.00:00:00 (days.hours:minutes:seconds)")]
    [InlineData("-1.00:00:00", "'-1.00:00:00' is not a positive duration like 7.00:00:00 (days.hours:minutes:seconds)")]
    public void Offsets_setting_that_is_not_a_list_of_positive_durations_is_refused_with_the_reason(string text, string expected)
    {
        Assert.Null(ReminderPlanner.ParseOffsets(text, out var problem));
        Assert.Equal(expected, problem);
    }

    private static ReminderSubscription Subscribed(DateTimeOffset since) =>
        new(Student, since, StudentTimeZone.DefaultId, new Dictionary<string, DateTimeOffset>());

    private static HashSet<string> Handled(params string[] ids) => [.. ids];

    private SeasonCalendar Calendar(DateTimeOffset deadline)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, $$"""
            {"cycle": "2027 Main Residency Match", "milestones": [
              {"id": "rol-deadline", "title": "Rank order list certification deadline", "date": "{{deadline:yyyy-MM-ddTHH:mm:sszzz}}", "source": "https://www.nrmp.org/match-calendars/", "checked": "2026-12-07"}]}
            """);
        return SeasonCalendar.Load(path);
    }
}
