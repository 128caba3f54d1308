using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// A student who asked for reminders: since when (nothing due before that is ever sent), in which zone their dates
/// are shown, and the dates they set themselves for tasks. Exists only while they want reminders; stopping, erasure
/// and uninstall delete it.
/// </summary>
public sealed record ReminderSubscription(
    ConversationKey Key,
    DateTimeOffset Since,
    string TimeZoneId,
    IReadOnlyDictionary<string, DateTimeOffset> TaskDates)
{
    public TimeZoneInfo Zone => StudentTimeZone.FindOrDefault(TimeZoneId);
}
