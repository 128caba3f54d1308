namespace ResidencyAdvisor.Discord.Season;

/// <summary>
/// The season companion's words on Discord: button labels, menu placeholders, headings and /advise choices, kept in
/// one place until every label moves to config.
/// </summary>
internal static class SeasonLabels
{
    public const string SendPlan = "Send me my plan";
    public const string MyChecklist = "My checklist";
    public const string WhatsNext = "What's next";
    public const string RemindMe = "Remind me";
    public const string BackToRecommendation = "Back to my recommendation";

    public const string TickPlaceholder = "Tick a task done…";
    public const string UntickPlaceholder = "Take a tick back…";

    public const string TimeZonePlaceholder = "Show my dates in…";

    /// <summary>Shown when a menu cannot hold every task: ticking some brings the next ones in.</summary>
    public const string TickMenuFull = "The menu lists the first 25 open tasks; tick those and the next ones appear.";

    public const string UntickMenuFull = "The take-back menu lists the first 25 ticked tasks.";

    public const string ChecklistTitle = "Your checklist";
    public const string AllDone = "Everything on your checklist is done.";
    public const string Done = "✅";
    public const string Open = "⬜";

    public const string ComingUpTitle = "Coming up";
    public const string OfficialPage = "official page";
    public const string StillOpen = "still open:";
    public const string NothingComing = "No milestones ahead in the calendar.";

    /// <summary>{0} the file name, {1} the checklist's progress ("3 of 14 done").</summary>
    public const string PlanAttached = "Your plan is attached as {0} ({1} on its checklist).";

    /// <summary>What the file's attachment says about itself (alt text).</summary>
    public const string PlanDescription = "Your residency application plan";

    // The /advise action choices, as the command's menu shows them.
    public const string ChoicePlan = "Send me my plan (a Markdown file)";
    public const string ChoiceChecklist = "My checklist";
    public const string ChoiceWhatsNext = "What's next: the season's dates";
    public const string ChoiceReminders = "Remind me before the season's dates";
    public const string ChoiceStopReminders = "Stop reminders";
}
