namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>How far the student is willing to move for residency.</summary>
public enum GeographyPreference
{
    Anywhere,
    PreferredRegions,
    SpecificArea,
}
