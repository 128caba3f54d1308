namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>Maps steps to the stable kebab-case ids used in config files and custom ids.</summary>
public static class StepIds
{
    private static readonly Dictionary<Step, string> ToId = new()
    {
        [Step.Exam] = "exam",
        [Step.Step2Score] = "step2-score",
        [Step.ExamFailures] = "exam-failures",
        [Step.UsClinicalExperiences] = "us-clinical-experiences",
        [Step.UsRadiologyExperience] = "us-radiology-experience",
        [Step.RadiologyLetters] = "radiology-letters",
        [Step.Reapplicant] = "reapplicant",
        [Step.YearsSinceGraduation] = "years-since-graduation",
        [Step.ContinuousClinicalWork] = "continuous-clinical-work",
        [Step.Geography] = "geography",
        [Step.OpenToCommunityPrograms] = "open-to-community-programs",
        [Step.ComfortableWithUnmatchedRisk] = "comfortable-with-unmatched-risk",
        [Step.WillingToDoExtraYear] = "willing-to-do-extra-year",
        [Step.BackupInterests] = "backup-interests",
        [Step.WouldNotPractice] = "would-not-practice",
        [Step.Summary] = "summary",
        [Step.Done] = "done",
    };

    private static readonly Dictionary<string, Step> FromId = ToId.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Id(this Step step) => ToId[step];

    public static bool TryParse(string id, out Step step) => FromId.TryGetValue(id, out step);
}
