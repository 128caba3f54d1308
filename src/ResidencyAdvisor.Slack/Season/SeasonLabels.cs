namespace ResidencyAdvisor.Slack.Season;

/// <summary>
/// The words on the season's Slack controls, in one place until every label moves to configuration. The student's
/// notices (ticked, reminders on and off) are Core's and come from config/notices.json already.
/// </summary>
internal static class SeasonLabels
{
    public const string SendPlan = "Send me my plan";

    public const string MyChecklist = "My checklist";

    public const string WhatsNext = "What's next";

    public const string RemindMe = "Remind me";

    public const string StopReminders = "Stop reminders";

    /// <summary>The placeholder of the select that ticks an open task.</summary>
    public const string TickPlaceholder = "Tick a task done";

    /// <summary>The placeholder of the select that takes a tick back.</summary>
    public const string UntickPlaceholder = "Take a tick back";

    /// <summary>Under the recommendation: the buttons above say the rest, so only the typed words are named.</summary>
    public const string ResultHint = "Or type *plan*, *checklist* or *what's next*.";

    public const string ChecklistHint = "Pick a task above, or type *done 3* to tick task 3 and *undo 3* to take it back.";

    /// <summary>What a reminder shows once its Stop reminders button was used.</summary>
    public const string RemindersStopped = "Reminders stopped";
}
