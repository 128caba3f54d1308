namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// One date of the Match season as the deployment's config/calendar.json gives it. <see cref="Date"/> is null while
/// the official source has not published it: the bot then says so and links <see cref="Source"/> instead of guessing
/// from an earlier cycle.
/// </summary>
public sealed record Milestone(string Id, string Title, DateTimeOffset? Date, Uri Source, DateOnly Checked)
{
    public bool IsPublished => Date is not null;
}
