using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests;

/// <summary>Student profiles for rule tests: a baseline that qualifies for radiology-only, varied one field at a time.</summary>
internal static class Profiles
{
    public static StudentProfile RadiologyOnlyCandidate(int score = 255) => new(
        Exam: ExamKind.Usmle,
        Step2Score: score,
        ExamFailures: 0,
        UsClinicalExperiences: 3,
        UsRadiologyExperience: true,
        RadiologyLetters: 2,
        Reapplicant: false,
        DualAppliedLastCycle: null,
        YearsSinceGraduation: 1,
        ContinuousClinicalWork: true,
        Geography: GeographyPreference.Anywhere,
        OpenToCommunityPrograms: true,
        ComfortableWithUnmatchedRisk: true,
        WillingToDoExtraYear: true,
        BackupInterests: [],
        WouldNotPractice: []);

    public static StudentProfile Comlex(int? score) => RadiologyOnlyCandidate() with { Exam = ExamKind.Comlex, Step2Score = score };
}
