using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Core.Tests.Season;

public sealed class SeasonCalendarTests : IDisposable
{
    private static readonly string[] OfficialHosts = ["nrmp.org", "aamc.org", "ecfmg.org"];
    private readonly string _dir = Directory.CreateTempSubdirectory("calendar-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Shipped_calendar_gives_every_milestone_an_official_source_and_a_checked_day()
    {
        var calendar = TestContent.Content.Calendar;
        Assert.Equal("2027 Main Residency Match", calendar.Cycle);
        Assert.NotEmpty(calendar.Milestones);
        Assert.All(calendar.Milestones, m =>
        {
            Assert.Equal("https", m.Source.Scheme);
            Assert.Contains(OfficialHosts, h => m.Source.Host == h || m.Source.Host.EndsWith("." + h, StringComparison.Ordinal));
            Assert.True(m.Checked >= new DateOnly(2026, 12, 7), $"{m.Id} was checked before this cycle's dates could be");
        });
    }

    [Fact]
    public void Shipped_calendar_names_the_season_from_ERAS_to_Match_Day()
    {
        var ids = TestContent.Content.Calendar.Milestones.Select(m => m.Id).ToArray();
        Assert.Equal(["eras-opens", "eras-submit", "eras-programs-review", "nrmp-registration-opens", "nrmp-early-registration",
            "rol-entry-opens", "rol-deadline", "match-week", "soap", "match-day"], ids);
    }

    [Fact]
    public void A_dated_milestone_without_a_source_refuses_to_load()
    {
        var error = Assert.Throws<ContentException>(() => Load("""
            {"cycle": "2027 Main Residency Match", "milestones": [
              {"id": "rol-deadline", "title": "Rank order list certification deadline", "date": "2027-03-03T21:00:00-05:00", "checked": "2026-12-07"}]}
            """));
        Assert.Contains("'rol-deadline' has a date but no source: give the https page it was read at", error.Problems);
    }

    [Fact]
    public void A_source_that_is_not_NRMP_AAMC_or_ECFMG_is_refused()
    {
        var error = Assert.Throws<ContentException>(() => Load(Calendar(("match-day", "\"2027-03-19T12:00:00-04:00\"", "https://example.com/match"))));
        Assert.Contains("'match-day': source example.com is not an official page (NRMP, AAMC or ECFMG)", error.Problems);
    }

    [Theory]
    [InlineData("\"2027-03-03\"")]
    [InlineData("\"2027-03-03T21:00:00\"")]
    [InlineData("\"March 3, 2027\"")]
    public void A_date_without_its_offset_is_refused(string date)
    {
        var error = Assert.Throws<ContentException>(() => Load(Calendar(("rol-deadline", date, "https://www.nrmp.org/match-calendars/"))));
        Assert.Contains(error.Problems, p => p.StartsWith("'rol-deadline': date", StringComparison.Ordinal) && p.Contains("with its offset", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var error = Assert.Throws<ContentException>(() => Load("""
            {"milestones": [
              {"id": "a", "title": "A", "date": null, "source": "https://www.nrmp.org/", "checked": "2026-12-07"},
              {"id": "a", "title": "A again", "date": null, "source": "https://www.nrmp.org/", "checked": "2026-12-07"},
              {"title": "no id", "date": null, "source": "https://www.nrmp.org/", "checked": "yesterday"}]}
            """));
        Assert.Equal(4, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.StartsWith("'cycle' is missing", StringComparison.Ordinal));
        Assert.Contains("'a' appears twice", error.Problems);
        Assert.Contains("'milestone #3' needs an id and a title", error.Problems);
    }

    [Fact]
    public void A_milestone_with_an_unknown_id_is_read_like_any_other()
    {
        var calendar = Load(Calendar(("ecfmg-certification", "\"2027-06-30T23:59:00-04:00\"", "https://www.ecfmg.org/certification/")));
        var milestone = Assert.Single(calendar.Milestones);
        Assert.Equal("ecfmg-certification", milestone.Id);
        Assert.Equal(new DateTimeOffset(2027, 6, 30, 23, 59, 0, TimeSpan.FromHours(-4)), milestone.Date);
    }

    [Fact]
    public void Coming_milestones_are_the_dated_ones_ahead_soonest_first_then_the_unpublished()
    {
        var calendar = Load(Calendar(
            ("match-day", "\"2027-03-19T12:00:00-04:00\"", "https://www.nrmp.org/match-calendars/"),
            ("eras-submit", "null", "https://students-residents.aamc.org/"),
            ("rol-deadline", "\"2027-03-03T21:00:00-05:00\"", "https://www.nrmp.org/match-calendars/"),
            ("registration", "\"2026-09-15T12:00:00-04:00\"", "https://www.nrmp.org/match-calendars/")));

        var coming = calendar.Coming(new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(["rol-deadline", "match-day", "eras-submit"], coming.Select(m => m.Id));
    }

    [Fact]
    public void Calendar_is_stale_only_once_every_dated_milestone_has_passed()
    {
        var calendar = Load(Calendar(
            ("rol-deadline", "\"2027-03-03T21:00:00-05:00\"", "https://www.nrmp.org/match-calendars/"),
            ("match-day", "\"2027-03-19T12:00:00-04:00\"", "https://www.nrmp.org/match-calendars/"),
            ("eras-opens", "null", "https://students-residents.aamc.org/")));

        Assert.False(calendar.IsStale(new DateTimeOffset(2027, 3, 10, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(calendar.IsStale(new DateTimeOffset(2027, 3, 19, 16, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_calendar_with_no_date_published_yet_is_not_stale()
    {
        Assert.False(TestContent.Content.Calendar.IsStale(DateTimeOffset.MaxValue));
    }

    private SeasonCalendar Load(string json)
    {
        var path = Path.Combine(_dir, "calendar.json");
        File.WriteAllText(path, json);
        return SeasonCalendar.Load(path);
    }

    private static string Calendar(params (string Id, string Date, string Source)[] milestones) =>
        "{\"cycle\": \"2027 Main Residency Match\", \"milestones\": ["
        + string.Join(",", milestones.Select(m => $"{{\"id\": \"{m.Id}\", \"title\": \"{m.Id}\", \"date\": {m.Date}, \"source\": \"{m.Source}\", \"checked\": \"2026-12-07\"}}"))
        + "]}";
}
