namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// The zone a student's dates are shown in. US Eastern until they choose another: NRMP and AAMC publish their deadlines
/// in Eastern time, so a student who never chose reads them exactly as the source states them.
/// </summary>
public static class StudentTimeZone
{
    public const string DefaultId = "America/New_York";

    public static TimeZoneInfo Default { get; } = Find(DefaultId) ?? TimeZoneInfo.Utc;

    /// <summary>An IANA id ("America/Chicago"), or null when this machine does not know it.</summary>
    public static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>The zone the student chose, or <see cref="Default"/> when they chose none or this machine does not know it.</summary>
    public static TimeZoneInfo FindOrDefault(string? id) => id is not null && Find(id) is { } zone ? zone : Default;

    /// <summary>
    /// The zones a menu offers where nothing can be typed (Discord): the US ones a US-citizen applicant is likely to
    /// live or interview in, with UTC for one abroad. Typing a zone (Slack, console) accepts any IANA id.
    /// </summary>
    public static IReadOnlyList<(string Id, string Label)> MenuChoices { get; } =
    [
        ("America/New_York", "US Eastern (New York)"), ("America/Chicago", "US Central (Chicago)"),
        ("America/Denver", "US Mountain (Denver)"), ("America/Phoenix", "Arizona (Phoenix)"),
        ("America/Los_Angeles", "US Pacific (Los Angeles)"), ("America/Anchorage", "Alaska (Anchorage)"),
        ("Pacific/Honolulu", "Hawaii (Honolulu)"), ("America/Puerto_Rico", "Atlantic (Puerto Rico)"), ("Etc/UTC", "UTC"),
    ];

    /// <summary>When a day the student set for a task is reminded: 9 in the morning, their time.</summary>
    public static readonly TimeOnly Morning = new(9, 0);

    /// <summary>9:00 on <paramref name="day"/> in <paramref name="zone"/>, as an instant.</summary>
    public static DateTimeOffset MorningOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(Morning, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>"Friday, January 15, 2027".</summary>
    public static string DescribeDay(DateOnly day) => day.ToString("dddd, MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"Wednesday, March 3, 2027, 9:00 PM (America/New_York)" in the student's zone.</summary>
    public static string Describe(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.ToString("dddd, MMMM d, yyyy, h:mm tt", System.Globalization.CultureInfo.InvariantCulture) + $" ({zone.Id})";
    }
}
