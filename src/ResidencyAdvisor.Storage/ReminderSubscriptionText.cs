using System.Globalization;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Storage;

/// <summary>
/// A subscription as one line of text, "since|zone|task=ms;task=ms", the same in SQLite and Redis: small, and readable
/// by an operator who has to look. Task ids and IANA zone ids never hold '|', ';' or '='.
/// </summary>
internal static class ReminderSubscriptionText
{
    public static string Write(ReminderSubscription s) =>
        s.Since.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "|" + s.TimeZoneId + "|"
        + string.Join(";", s.TaskDates.Select(d => d.Key + "=" + d.Value.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));

    public static ReminderSubscription Read(ConversationKey key, string text)
    {
        var parts = text.Split('|');
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var pair in parts[2].Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            dates[pair[..at]] = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(pair[(at + 1)..], CultureInfo.InvariantCulture));
        }

        return new ReminderSubscription(key, DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(parts[0], CultureInfo.InvariantCulture)), parts[1], dates);
    }

    /// <summary>Reads back a stored "platform:scope:user" key; the platform and the user never hold ':', the scope may.</summary>
    public static ConversationKey ParseKey(string stored)
    {
        var first = stored.IndexOf(':', StringComparison.Ordinal);
        var last = stored.LastIndexOf(':');
        return new ConversationKey(stored[..first], stored[(first + 1)..last], stored[(last + 1)..]);
    }
}
