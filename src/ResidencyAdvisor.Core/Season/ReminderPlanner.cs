using System.Globalization;

namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// Which reminders are due for one student: each dated milestone at each configured offset before it, and each date
/// the student set for a task (on the day itself). Pure: the scheduler asks with the time, the student's subscription
/// and the reminders already handled, so the same inputs always give the same answer on every instance.
/// </summary>
public sealed class ReminderPlanner(SeasonCalendar calendar, IReadOnlyList<TimeSpan> offsets)
{
    public IReadOnlyList<DueReminder> Due(ReminderSubscription subscription, IReadOnlySet<string> handled, DateTimeOffset now) =>
        [.. All(subscription).Where(r => r.FireAt <= now && r.FireAt >= subscription.Since && !handled.Contains(r.Id)).OrderBy(r => r.FireAt)];

    /// <summary>When the next reminder for this student falls due, or null when nothing is left to remind.</summary>
    public DateTimeOffset? Next(ReminderSubscription subscription, IReadOnlySet<string> handled, DateTimeOffset now) =>
        All(subscription).Where(r => r.FireAt > now && !handled.Contains(r.Id)).Select(r => (DateTimeOffset?)r.FireAt).Min();

    private IEnumerable<DueReminder> All(ReminderSubscription subscription)
    {
        foreach (var milestone in calendar.Milestones)
        {
            if (milestone.Date is not { } date)
            {
                continue;
            }

            foreach (var offset in offsets)
            {
                yield return new DueReminder($"{milestone.Id}@{Stamp(date)}-{offset.ToString("c", CultureInfo.InvariantCulture)}", date - offset, date, milestone, null);
            }
        }

        foreach (var (task, date) in subscription.TaskDates)
        {
            yield return new DueReminder($"task:{task}@{Stamp(date)}", date, date.AddDays(1), null, task);
        }
    }

    private static string Stamp(DateTimeOffset date) => date.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads Reminders:Offsets ("7.00:00:00,1.00:00:00"); null with the reason when it is not a list of positive durations.</summary>
    public static IReadOnlyList<TimeSpan>? ParseOffsets(string text, out string? problem)
    {
        var offsets = new List<TimeSpan>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TimeSpan.TryParse(part, CultureInfo.InvariantCulture, out var offset) || offset <= TimeSpan.Zero)
            {
                problem = $"'{part}' is not a positive duration like 7.00:00:00 (days.hours:minutes:seconds)";
                return null;
            }

            if (!offsets.Contains(offset))
            {
                offsets.Add(offset);
            }
        }

        problem = offsets.Count == 0 ? "give at least one duration, like 7.00:00:00,1.00:00:00" : null;
        return problem is null ? offsets : null;
    }
}
