namespace ResidencyAdvisor.Host.Composition;

/// <summary>When reminders go out: how long before each dated milestone, and how often the due ones are looked for.</summary>
internal sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>Comma-separated durations before each milestone, e.g. "7.00:00:00,1.00:00:00" (a week and a day).</summary>
    public string Offsets { get; set; } = "7.00:00:00,1.00:00:00";

    /// <summary>How often every instance looks for due reminders; a reminder goes out at most this late.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(1);
}
