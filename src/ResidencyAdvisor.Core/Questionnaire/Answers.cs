namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>What the student has told the advisor so far; null means not answered yet.</summary>
public sealed class Answers
{
    public ExamKind? Exam { get; set; }

    /// <summary>Set once the score question is answered; <see cref="Step2Score"/> null then means "not taken yet".</summary>
    public bool ScoreAnswered { get; set; }
    public int? Step2Score { get; set; }
    public int? ExamFailures { get; set; }
    public int? UsClinicalExperiences { get; set; }
    public bool? UsRadiologyExperience { get; set; }
    public int? RadiologyLetters { get; set; }
    public bool? Reapplicant { get; set; }
    public int? YearsSinceGraduation { get; set; }
    public bool? ContinuousClinicalWork { get; set; }
    public GeographyPreference? Geography { get; set; }
    public bool? OpenToCommunityPrograms { get; set; }
    public bool? ComfortableWithUnmatchedRisk { get; set; }
    public bool? WillingToDoExtraYear { get; set; }
    public IReadOnlyList<SpecialtyId>? BackupInterests { get; set; }
    public IReadOnlyList<SpecialtyId>? WouldNotPractice { get; set; }

    /// <summary>The continuous-work question only matters after a gap of three or more years.</summary>
    public bool NeedsContinuousWorkQuestion => YearsSinceGraduation is >= 3;

    public bool IsAnswered(Step step) => step switch
    {
        Step.Exam => Exam is not null,
        Step.Step2Score => ScoreAnswered,
        Step.ExamFailures => ExamFailures is not null,
        Step.UsClinicalExperiences => UsClinicalExperiences is not null,
        Step.UsRadiologyExperience => UsRadiologyExperience is not null,
        Step.RadiologyLetters => RadiologyLetters is not null,
        Step.Reapplicant => Reapplicant is not null,
        Step.YearsSinceGraduation => YearsSinceGraduation is not null,
        Step.ContinuousClinicalWork => ContinuousClinicalWork is not null,
        Step.Geography => Geography is not null,
        Step.OpenToCommunityPrograms => OpenToCommunityPrograms is not null,
        Step.ComfortableWithUnmatchedRisk => ComfortableWithUnmatchedRisk is not null,
        Step.WillingToDoExtraYear => WillingToDoExtraYear is not null,
        Step.BackupInterests => BackupInterests is not null,
        Step.WouldNotPractice => WouldNotPractice is not null,
        _ => false,
    };
}
