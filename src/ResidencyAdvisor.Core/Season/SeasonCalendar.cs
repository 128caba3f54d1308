using System.Globalization;
using System.Text.Json;

namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// The milestones of one Match cycle from config/calendar.json. Operators add or change milestones by editing the file,
/// so every entry is read whatever its id; a dated milestone must name the official page its date was read at.
/// </summary>
public sealed class SeasonCalendar
{
    /// <summary>The organisations whose pages may stand behind a date: NRMP, AAMC (ERAS) and ECFMG.</summary>
    private static readonly string[] OfficialHosts = ["nrmp.org", "aamc.org", "ecfmg.org"];

    private SeasonCalendar(string cycle, IReadOnlyList<Milestone> milestones)
    {
        Cycle = cycle;
        Milestones = milestones;
    }

    /// <summary>"2027 Main Residency Match".</summary>
    public string Cycle { get; }

    /// <summary>In the file's order, which is the season's order.</summary>
    public IReadOnlyList<Milestone> Milestones { get; }

    /// <summary>
    /// Stale once every dated milestone has passed: the file is from an earlier cycle and needs an operator. A calendar
    /// with no date published yet is not stale; it waits for the sources.
    /// </summary>
    public bool IsStale(DateTimeOffset now) =>
        Milestones.Any(m => m.IsPublished) && Milestones.Where(m => m.IsPublished).All(m => m.Date <= now);

    /// <summary>The milestones still ahead (dated after <paramref name="now"/>, soonest first), then the unpublished ones in file order.</summary>
    public IReadOnlyList<Milestone> Coming(DateTimeOffset now) =>
        [.. Milestones.Where(m => m.Date > now).OrderBy(m => m.Date), .. Milestones.Where(m => !m.IsPublished)];

    public Milestone? Find(string id) => Milestones.FirstOrDefault(m => m.Id == id);

    /// <summary>Loads and checks the file; throws <see cref="ContentException"/> naming every problem.</summary>
    public static SeasonCalendar Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ContentException(path, ["the file is missing"]);
        }

        CalendarFile? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllBytes(path), CalendarJsonContext.Default.CalendarFile);
        }
        catch (JsonException ex)
        {
            throw new ContentException(path, [$"not valid JSON: {ex.Message}"]);
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(file?.Cycle))
        {
            problems.Add("'cycle' is missing (for example \"2027 Main Residency Match\")");
        }

        var milestones = new List<Milestone>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, index) in (file?.Milestones ?? []).Select((e, i) => (e, i)))
        {
            var name = string.IsNullOrWhiteSpace(entry.Id) ? $"milestone #{index + 1}" : entry.Id;
            if (Check(entry, name, problems) is { } milestone)
            {
                if (ids.Add(milestone.Id))
                {
                    milestones.Add(milestone);
                }
                else
                {
                    problems.Add($"'{name}' appears twice");
                }
            }
        }

        if (milestones.Count == 0 && problems.Count == 0)
        {
            problems.Add("'milestones' is empty");
        }

        if (problems.Count > 0)
        {
            throw new ContentException(path, problems);
        }

        return new SeasonCalendar(file!.Cycle!.Trim(), milestones);
    }

    private static Milestone? Check(MilestoneEntry e, string name, List<string> problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(e.Id) || string.IsNullOrWhiteSpace(e.Title))
        {
            problems.Add($"'{name}' needs an id and a title");
        }

        DateTimeOffset? date = null;
        if (e.Date is not null)
        {
            // The offset is required: a deadline at "9 p.m. ET" is a different instant for a student in California.
            if (DateTimeOffset.TryParseExact(e.Date, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            else
            {
                problems.Add($"'{name}': date '{e.Date}' is not ISO 8601 with its offset, like 2027-03-03T21:00:00-05:00 (or null while unpublished)");
            }
        }

        if (!Uri.TryCreate(e.Source, UriKind.Absolute, out var source) || source.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add(e.Date is null
                ? $"'{name}' needs a source: the https page where its date will be published"
                : $"'{name}' has a date but no source: give the https page it was read at");
        }
        else if (!OfficialHosts.Any(h => source.Host == h || source.Host.EndsWith("." + h, StringComparison.Ordinal)))
        {
            problems.Add($"'{name}': source {source.Host} is not an official page (NRMP, AAMC or ECFMG)");
        }

        if (!DateOnly.TryParseExact(e.Checked, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var checkedOn))
        {
            problems.Add($"'{name}' needs 'checked': the day its source was read, like 2026-12-07");
        }

        return problems.Count > before ? null : new Milestone(e.Id!.Trim(), e.Title!.Trim(), date, source!, checkedOn);
    }
}
