namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// One reminder whose time has come. <see cref="Id"/> names the milestone or task, its date and the offset, so a
/// date an operator moves gets reminders of its own and a sent one is never sent again.
/// </summary>
public sealed record DueReminder(string Id, DateTimeOffset FireAt, DateTimeOffset EventAt, Milestone? Milestone, string? TaskId)
{
    /// <summary>Due so long ago that the bot must have been down: sent once, marked late.</summary>
    public bool IsLate(DateTimeOffset now, TimeSpan grace) => now - FireAt > grace;

    /// <summary>The event itself has passed: the reminder is skipped and the skip recorded.</summary>
    public bool IsPast(DateTimeOffset now) => EventAt <= now;
}
