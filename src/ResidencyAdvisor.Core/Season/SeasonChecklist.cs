namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// The student's tasks with what they have ticked, numbered as the chat shows them ("done 3" ticks the third). A tick
/// is kept by task id, so it survives a change of answers as long as the task still applies.
/// </summary>
public sealed record SeasonChecklist(IReadOnlyList<SeasonTask> Tasks, IReadOnlySet<string> Done, IReadOnlyDictionary<string, DateOnly>? Dates = null)
{
    public int DoneCount => Tasks.Count(t => Done.Contains(t.Id));

    /// <summary>"3 of 14 done".</summary>
    public string Progress => $"{DoneCount} of {Tasks.Count} done";

    public bool IsDone(SeasonTask task) => Done.Contains(task.Id);

    /// <summary>The task numbered <paramref name="number"/> (from 1), or null when there is none.</summary>
    public SeasonTask? Numbered(int number) => number >= 1 && number <= Tasks.Count ? Tasks[number - 1] : null;

    /// <summary>The open tasks due by <paramref name="milestoneId"/> or by an earlier milestone of <paramref name="calendar"/>.</summary>
    public IReadOnlyList<SeasonTask> OpenBefore(string milestoneId, SeasonCalendar calendar)
    {
        var order = calendar.Milestones.Select(m => m.Id).ToList();
        var limit = order.IndexOf(milestoneId);
        return [.. Tasks.Where(t => !IsDone(t) && t.DueBefore is { } due && order.IndexOf(due) is var at && at >= 0 && at <= limit)];
    }

    /// <summary>The open tasks due by exactly <paramref name="milestoneId"/> (what comes next lists each under its own milestone).</summary>
    public IReadOnlyList<SeasonTask> OpenDueAt(string milestoneId) => [.. Tasks.Where(t => !IsDone(t) && t.DueBefore == milestoneId)];

    /// <summary>One line per task, numbered: "3. [x] Write your radiology personal statement. (by: First day to submit …)".</summary>
    public IEnumerable<string> Lines(SeasonCalendar calendar, TimeZoneInfo zone) =>
        Tasks.Select((t, i) => $"{i + 1}. [{(IsDone(t) ? "x" : " ")}] {t.Text}{Due(t, calendar, zone)}{OwnDay(t)}");

    private string OwnDay(SeasonTask task) =>
        Dates is not null && Dates.TryGetValue(task.Id, out var day) ? $" (your day: {StudentTimeZone.DescribeDay(day)})" : "";

    private static string Due(SeasonTask task, SeasonCalendar calendar, TimeZoneInfo zone) =>
        task.DueBefore is { } id && calendar.Find(id) is { } milestone
            ? $" (before: {milestone.Title}, {(milestone.Date is { } date ? StudentTimeZone.Describe(date, zone) : "date not published yet")})"
            : "";
}
