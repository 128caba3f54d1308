namespace ResidencyAdvisor.Core.Conversations;

/// <summary>The short messages around the season checklist, the calendar and reminders.</summary>
internal static class SeasonNoticeTexts
{
    public static Notice Ticked(int number, string task) => new(NoticeKind.Help, $"Ticked {number}: {task}");

    public static Notice Unticked(int number, string task) => new(NoticeKind.Help, $"Marked {number} as not done: {task}");

    public static Notice NoSuchTask(int count) => new(NoticeKind.InvalidAnswer,
        $"There is no task with that number: your checklist has tasks 1 to {count}. Type \"checklist\" to see them.");

    public static Notice UnknownTimeZone(string id) => new(NoticeKind.InvalidAnswer,
        $"I don't know the time zone \"{id}\". Use a name like America/New_York, America/Chicago, America/Denver or America/Los_Angeles.");

    public static Notice TimeZoneSet(string id) => new(NoticeKind.Help, $"Your dates are now shown in {id}.");

    public static Notice RemindersOn(string zone) => new(NoticeKind.Help,
        $"Reminders are on: I will message you before each dated milestone, with what is still open on your checklist (times in {zone}). Type \"stop reminders\" or use the Stop reminders button to turn them off.");

    public static Notice RemindersUnavailable => new(NoticeKind.Help,
        "Reminders arrive as direct messages in Discord or Slack; here I cannot message you later, so nothing was turned on.");

    public static Notice RemindersOff => new(NoticeKind.Help, "Reminders are off. I will not message you about the season's dates.");

    public static Notice StaleCalendar(string cycle) => new(NoticeKind.Help,
        $"These dates are from an earlier cycle ({cycle}): every one of them has passed. Check the official NRMP and AAMC pages for this cycle's dates.");
}
