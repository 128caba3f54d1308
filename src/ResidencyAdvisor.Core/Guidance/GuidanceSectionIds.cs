namespace ResidencyAdvisor.Core.Guidance;

/// <summary>The ids of the guidance sections, in the order the result offers them.</summary>
public static class GuidanceSectionIds
{
    public const string Interview = "interview";
    public const string PersonalStatements = "personalStatements";
    public const string Letters = "letters";
    public const string Cv = "cv";
    public const string MatchOutcomes = "matchOutcomes";
    public const string CommonQuestions = "commonQuestions";

    public static IReadOnlyList<string> All { get; } = [Interview, PersonalStatements, Letters, Cv, MatchOutcomes, CommonQuestions];
}
