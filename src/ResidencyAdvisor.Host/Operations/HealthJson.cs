using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResidencyAdvisor.Core.Platforms;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Storage;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>
/// Writes the framework's health report as the /health body: the store (provider, ok), each check tagged "adapter"
/// (its data: connected, lastEventAt, fatalError), any other check by name, status and description, and the season
/// calendar (ok, or degraded once every dated milestone has passed).
/// </summary>
internal static class HealthJson
{
    public const string AdapterTag = AdapterStatus.HealthTag;

    /// <summary>The JSON body; the status code (200 only when every check is healthy) is the endpoint's.</summary>
    public static byte[] Write(HealthReport report, DateTimeOffset checkedAt, SeasonCalendar? calendar = null)
    {
        var healthy = report.Status == HealthStatus.Healthy;
        using var body = new MemoryStream();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteString("status", healthy ? "healthy" : "unhealthy");
            json.WriteString("checkedAt", checkedAt);
            if (report.Entries.TryGetValue(StoreHealthCheck.Name, out var store))
            {
                json.WriteStartObject("store");
                WriteData(json, store.Data);
                json.WriteBoolean("ok", store.Status == HealthStatus.Healthy);
                json.WriteEndObject();
            }

            json.WriteStartArray("adapters");
            foreach (var (name, entry) in report.Entries.Where(e => e.Value.Tags.Contains(AdapterTag)))
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                WriteData(json, entry.Data);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteOtherChecks(json, report);
            if (calendar is not null)
            {
                WriteCalendar(json, calendar, checkedAt);
            }

            json.WriteEndObject();
        }

        return body.ToArray();
    }

    /// <summary>
    /// A stale calendar is degraded, not down: every student is still answered, but its dates are from an earlier cycle
    /// and an operator should update config/calendar.json. It never turns the status code to 503.
    /// </summary>
    private static void WriteCalendar(Utf8JsonWriter json, SeasonCalendar calendar, DateTimeOffset now)
    {
        var stale = calendar.IsStale(now);
        json.WriteStartObject("calendar");
        json.WriteString("cycle", calendar.Cycle);
        json.WriteString("status", stale ? "degraded" : "ok");
        json.WriteNumber("datedMilestones", calendar.Milestones.Count(m => m.IsPublished));
        if (stale)
        {
            json.WriteString("description", "every dated milestone has passed: update config/calendar.json for the next cycle");
        }

        json.WriteEndObject();
    }

    private static void WriteOtherChecks(Utf8JsonWriter json, HealthReport report)
    {
        var others = report.Entries.Where(e => e.Key != StoreHealthCheck.Name && !e.Value.Tags.Contains(AdapterTag)).ToArray();
        if (others.Length == 0)
        {
            return;
        }

        json.WriteStartArray("checks");
        foreach (var (name, entry) in others)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("status", entry.Status.ToString().ToLowerInvariant());
            if (entry.Description is { } description)
            {
                json.WriteString("description", description);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteData(Utf8JsonWriter json, IReadOnlyDictionary<string, object> data)
    {
        foreach (var (key, value) in data)
        {
            switch (value)
            {
                case bool flag:
                    json.WriteBoolean(key, flag);
                    break;
                case DateTimeOffset at:
                    json.WriteString(key, at);
                    break;
                default:
                    json.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }
    }
}
