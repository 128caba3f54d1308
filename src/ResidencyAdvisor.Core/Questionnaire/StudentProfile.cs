namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>A complete, validated set of answers: the input of the recommendation engine.</summary>
public sealed record StudentProfile(
    ExamKind Exam,
    int? Step2Score,
    int ExamFailures,
    int UsClinicalExperiences,
    bool UsRadiologyExperience,
    int RadiologyLetters,
    bool Reapplicant,
    bool? DualAppliedLastCycle,
    int YearsSinceGraduation,
    bool ContinuousClinicalWork,
    GeographyPreference Geography,
    bool OpenToCommunityPrograms,
    bool ComfortableWithUnmatchedRisk,
    bool WillingToDoExtraYear,
    IReadOnlyList<SpecialtyId> BackupInterests,
    IReadOnlyList<SpecialtyId> WouldNotPractice)
{
    /// <summary>The counts answered with an open-ended quick pick such as "3 or more": their number is a lower bound.</summary>
    public IReadOnlySet<Step> OrMoreCounts { get; init; } = NoCounts;

    // One shared empty set, so profiles of exact answers stay equal as records.
    private static readonly HashSet<Step> NoCounts = [];

    /// <summary>US clinical experiences that make a robust profile: two or more.</summary>
    public const int EnoughUsClinicalExperiences = 2;

    /// <summary>Letters from US radiologists a radiology-only application wants: at least one.</summary>
    public const int EnoughRadiologyLetters = 1;

    public bool HasFewUsClinicalExperiences => UsClinicalExperiences < EnoughUsClinicalExperiences;

    public bool LacksRadiologyLetter => RadiologyLetters < EnoughRadiologyLetters;

    /// <summary>Three or more years out of school without continuous clinical work.</summary>
    public bool HasGraduationGap => YearsSinceGraduation >= 3 && !ContinuousClinicalWork;

    /// <summary>Builds a profile from answers, or null while any needed answer is missing.</summary>
    public static StudentProfile? From(Answers a)
    {
        if (a.Exam is not { } exam || !a.ScoreAnswered || a.ExamFailures is not { } failures
            || a.UsClinicalExperiences is not { } clinical || a.UsRadiologyExperience is not { } radiology
            || a.RadiologyLetters is not { } letters || a.Reapplicant is not { } reapplicant
            || a.YearsSinceGraduation is not { } years || a.Geography is not { } geography
            || a.OpenToCommunityPrograms is not { } community || a.ComfortableWithUnmatchedRisk is not { } risk
            || a.WillingToDoExtraYear is not { } extraYear || a.BackupInterests is not { } interests
            || a.WouldNotPractice is not { } excluded)
        {
            return null;
        }

        bool continuous;
        if (years >= 3)
        {
            if (a.ContinuousClinicalWork is not { } answered)
            {
                return null;
            }

            continuous = answered;
        }
        else
        {
            // Recent graduates have no gap to explain; the question is not asked.
            continuous = true;
        }

        bool? dualLastCycle = null;
        if (reapplicant)
        {
            if (a.DualAppliedLastCycle is not { } dual)
            {
                return null;
            }

            dualLastCycle = dual;
        }

        Step[] counts = [Step.ExamFailures, Step.UsClinicalExperiences, Step.RadiologyLetters, Step.YearsSinceGraduation];
        var orMore = counts.Where(s => a[s]?.IsOrMore == true).ToHashSet();
        return new StudentProfile(exam, a.Step2Score, failures, clinical, radiology, letters, reapplicant, dualLastCycle, years,
            continuous, geography, community, risk, extraYear, interests, excluded)
        {
            OrMoreCounts = orMore.Count == 0 ? NoCounts : orMore,
        };
    }
}
