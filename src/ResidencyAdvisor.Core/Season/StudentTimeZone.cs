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

    /// <summary>"Wednesday, March 3, 2027, 9:00 PM (America/New_York)" in the student's zone.</summary>
    public static string Describe(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.ToString("dddd, MMMM d, yyyy, h:mm tt", System.Globalization.CultureInfo.InvariantCulture) + $" ({zone.Id})";
    }
}
