namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>Maps geography preferences to their ids.</summary>
public static class GeographyIds
{
    public static IReadOnlyList<GeographyPreference> All { get; } =
        [GeographyPreference.Anywhere, GeographyPreference.PreferredRegions, GeographyPreference.SpecificArea];

    public static string Id(this GeographyPreference geography) => geography switch
    {
        GeographyPreference.Anywhere => "anywhere",
        GeographyPreference.PreferredRegions => "preferred-regions",
        GeographyPreference.SpecificArea => "specific-area",
        _ => throw new ArgumentOutOfRangeException(nameof(geography)),
    };

    public static bool TryParse(string? id, out GeographyPreference geography)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id(), id, StringComparison.Ordinal))
            {
                geography = candidate;
                return true;
            }
        }

        geography = default;
        return false;
    }
}
