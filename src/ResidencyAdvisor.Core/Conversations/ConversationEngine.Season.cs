using System.Globalization;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>The season companion: the plan file, the checklist and its ticks, what comes next, reminders, the time zone.</summary>
public sealed partial class ConversationEngine
{
    /// <summary>True for the inputs that only make sense once the student has their recommendation.</summary>
    internal static bool IsSeason(InputKind kind) => kind is InputKind.Plan or InputKind.Checklist or InputKind.TickTask
        or InputKind.UntickTask or InputKind.WhatsNext or InputKind.RemindersOn or InputKind.RemindersOff or InputKind.SetTimeZone
        or InputKind.SetTaskDate;

    /// <summary>The student's checklist as it stands: the tasks their recommendation gives, with their ticks.</summary>
    public SeasonChecklist Checklist(ConversationState state) => Checklist(Report(state), state);

    /// <summary>The ticks are the state's own set, so a checklist built before a tick shows it after.</summary>
    private SeasonChecklist Checklist(AdviceReport report, ConversationState state) => new(_tasks.For(report), state.DoneTasks, state.TaskDates);

    private TurnResult ApplySeason(ConversationState state, UserInput input, List<Notice> notices, DateTimeOffset now)
    {
        var zone = Zone(state);
        switch (input.Kind)
        {
            case InputKind.Plan:
                var report = Report(state);
                var checklist = Checklist(report, state);
                var answers = SummaryLines(state).Select(l => (l.Title, l.Answer)).ToList();
                var markdown = PlanDocument.Write(report, checklist, _calendar, zone, answers);
                return View(state, notices, new PlanView(PlanDocument.FileName, markdown, checklist), changed: false);
            case InputKind.Checklist:
                return ShowChecklist(state, Checklist(state), notices, changed: false);
            case InputKind.TickTask or InputKind.UntickTask:
                return Tick(state, input, notices);
            case InputKind.SetTaskDate:
                return SetTaskDate(state, input, notices);
            case InputKind.WhatsNext:
                return WhatsNext(state, notices, now);
            case InputKind.RemindersOn or InputKind.RemindersOff:
                var on = input.Kind == InputKind.RemindersOn;
                notices.Add(on ? _notices.RemindersOn(zone.Id) : _notices.RemindersOff);
                return View(state, notices, new RemindersView(on, zone.Id), changed: false);
            default:
                var id = input.Values.Count == 1 ? input.Values[0].Trim() : "";
                if (StudentTimeZone.Find(id) is not { } chosen)
                {
                    notices.Add(_notices.UnknownTimeZone(id));
                    return Result(state, notices, changed: false);
                }

                state.TimeZoneId = chosen.Id;
                notices.Add(_notices.TimeZoneSet(chosen.Id));
                return ShowChecklist(state, Checklist(state), notices, changed: true);
        }
    }

    /// <summary>"done 3", "undo 3", "timezone America/Chicago" typed on the result; null for anything else.</summary>
    private static UserInput? SeasonText(string word)
    {
        var space = word.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return null;
        }

        var (verb, rest) = (word[..space].ToLowerInvariant(), word[(space + 1)..].Trim());
        return verb switch
        {
            "done" or "tick" => new UserInput(InputKind.TickTask, [rest]),
            "undo" or "untick" => new UserInput(InputKind.UntickTask, [rest]),
            "timezone" => new UserInput(InputKind.SetTimeZone, [rest]),
            "date" or "due" or "remind" => TaskDateText(rest),
            "time" when rest.StartsWith("zone ", StringComparison.OrdinalIgnoreCase) => new UserInput(InputKind.SetTimeZone, [rest[5..].Trim()]),
            _ => null,
        };
    }

    /// <summary>"3 2027-01-15", "3 on 2027-01-15", "3 none": the task's number, then its day or none; null when it is not that shape.</summary>
    private static UserInput? TaskDateText(string rest)
    {
        var parts = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            2 => new UserInput(InputKind.SetTaskDate, [parts[0], parts[1]]),
            3 when parts[1].Equals("on", StringComparison.OrdinalIgnoreCase) => new UserInput(InputKind.SetTaskDate, [parts[0], parts[2]]),
            _ => new UserInput(InputKind.SetTaskDate, []),
        };
    }

    private TurnResult SetTaskDate(ConversationState state, UserInput input, List<Notice> notices)
    {
        var checklist = Checklist(state);
        if (input.Values.Count != 2)
        {
            notices.Add(_notices.UnreadableTaskDate);
            return Result(state, notices, changed: false);
        }

        if (!int.TryParse(input.Values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || checklist.Numbered(number) is not { } task)
        {
            notices.Add(_notices.NoSuchTask(checklist.Tasks.Count));
            return Result(state, notices, changed: false);
        }

        var value = input.Values[1];
        if (value.Equals("none", StringComparison.OrdinalIgnoreCase) || value.Equals("clear", StringComparison.OrdinalIgnoreCase))
        {
            var removed = state.TaskDates.Remove(task.Id);
            notices.Add(_notices.TaskDateCleared(number, task.Text));
            return Updated(state, checklist, removed, notices);
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            notices.Add(_notices.UnreadableTaskDate);
            return Result(state, notices, changed: false);
        }

        var changed = !state.TaskDates.TryGetValue(task.Id, out var before) || before != day;
        state.TaskDates[task.Id] = day;
        notices.Add(_notices.TaskDateSet(number, task.Text, StudentTimeZone.DescribeDay(day)));
        return Updated(state, checklist, changed, notices);
    }

    /// <summary>
    /// The checklist after a tick or a day changed: a change moves the turn on, so menus on an older checklist message
    /// are out of date. The checklist shares the state's ticks and days, so it already shows the change.
    /// </summary>
    private TurnResult Updated(ConversationState state, SeasonChecklist checklist, bool changed, List<Notice> notices)
    {
        if (changed)
        {
            state.Turn++;
        }

        return ShowChecklist(state, checklist, notices, changed);
    }

    private TurnResult Tick(ConversationState state, UserInput input, List<Notice> notices)
    {
        var checklist = Checklist(state);
        var value = input.Values.Count == 1 ? input.Values[0].Trim() : "";
        var number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : checklist.Tasks.ToList().FindIndex(t => t.Id == value) + 1;
        if (checklist.Numbered(number) is not { } task)
        {
            notices.Add(_notices.NoSuchTask(checklist.Tasks.Count));
            return Result(state, notices, changed: false);
        }

        var done = input.Kind == InputKind.TickTask;
        var changed = done ? state.DoneTasks.Add(task.Id) : state.DoneTasks.Remove(task.Id);
        notices.Add(done ? _notices.Ticked(number, task.Text) : _notices.Unticked(number, task.Text));
        return Updated(state, checklist, changed, notices);
    }

    private TurnResult ShowChecklist(ConversationState state, SeasonChecklist checklist, List<Notice> notices, bool changed) =>
        View(state, notices, new ChecklistView(checklist, [.. checklist.Lines(_calendar, Zone(state))]), changed);

    private TurnResult WhatsNext(ConversationState state, List<Notice> notices, DateTimeOffset now)
    {
        var checklist = Checklist(state);
        var zone = Zone(state);
        var stale = _calendar.IsStale(now);
        if (stale)
        {
            notices.Add(_notices.StaleCalendar(_calendar.Cycle));
        }

        var coming = _calendar.Coming(now)
            .Select(m => new ComingMilestone(m, m.Date is { } date ? StudentTimeZone.Describe(date, zone) : "not published yet",
                checklist.OpenDueAt(m.Id)))
            .ToList();
        return View(state, notices, new WhatsNextView(_calendar.Cycle, coming, stale), changed: false);
    }

    private static TimeZoneInfo Zone(ConversationState state) => StudentTimeZone.FindOrDefault(state.TimeZoneId);

    private static TurnResult View(ConversationState state, IReadOnlyList<Notice> notices, ReplyView view, bool changed) =>
        new(new Reply(state.SessionId, state.Turn, notices, view), changed);
}
