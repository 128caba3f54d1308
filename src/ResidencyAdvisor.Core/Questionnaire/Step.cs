namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>A point in the conversation: one question, the summary, or the result.</summary>
public enum Step
{
    Exam,
    Step2Score,
    ExamFailures,
    UsClinicalExperiences,
    UsRadiologyExperience,
    RadiologyLetters,
    Reapplicant,
    YearsSinceGraduation,
    ContinuousClinicalWork,
    Geography,
    OpenToCommunityPrograms,
    ComfortableWithUnmatchedRisk,
    WillingToDoExtraYear,
    BackupInterests,
    WouldNotPractice,
    Summary,
    Done,
}
