namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>Shows a saved answer the way the student gave it.</summary>
public static class AnswerFormatter
{
    public static string Display(Step step, Answers a, QuestionCatalog catalog) => step switch
    {
        Step.Exam => catalog.Label(step, a.Exam == ExamKind.Comlex ? "comlex" : "usmle"),
        Step.Step2Score => a.Step2Score?.ToString() ?? catalog.Label(step, QuestionSpecs.NotTaken),
        Step.ExamFailures => a.ExamFailures?.ToString() ?? "",
        Step.UsClinicalExperiences => a.UsClinicalExperiences?.ToString() ?? "",
        Step.RadiologyLetters => a.RadiologyLetters?.ToString() ?? "",
        Step.YearsSinceGraduation => a.YearsSinceGraduation?.ToString() ?? "",
        Step.Geography => catalog.Label(step, GeographyId(a.Geography ?? GeographyPreference.Anywhere)),
        Step.BackupInterests => List(a.BackupInterests),
        Step.WouldNotPractice => List(a.WouldNotPractice),
        _ => catalog.Label(step, YesNo(step, a) ? QuestionSpecs.Yes : QuestionSpecs.No),
    };

    public static string GeographyId(GeographyPreference geography) => geography switch
    {
        GeographyPreference.PreferredRegions => "preferred-regions",
        GeographyPreference.SpecificArea => "specific-area",
        _ => "anywhere",
    };

    private static string List(IReadOnlyList<SpecialtyId>? specialties) =>
        specialties is null or { Count: 0 } ? "None" : string.Join(", ", specialties.Select(s => s.TitleName()));

    private static bool YesNo(Step step, Answers a) => step switch
    {
        Step.UsRadiologyExperience => a.UsRadiologyExperience == true,
        Step.Reapplicant => a.Reapplicant == true,
        Step.ContinuousClinicalWork => a.ContinuousClinicalWork == true,
        Step.OpenToCommunityPrograms => a.OpenToCommunityPrograms == true,
        Step.ComfortableWithUnmatchedRisk => a.ComfortableWithUnmatchedRisk == true,
        Step.WillingToDoExtraYear => a.WillingToDoExtraYear == true,
        _ => false,
    };
}
