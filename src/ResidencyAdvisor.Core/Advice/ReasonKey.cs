namespace ResidencyAdvisor.Core.Advice;

/// <summary>The keys of config/guidance/reasons.md: each names a rule that shaped the recommendation.</summary>
public static class ReasonKey
{
    public const string ExamFailure = "need.exam-failure";
    public const string WeakerProfile = "need.weaker-profile";
    public const string Reapplicant = "need.reapplicant";
    public const string GraduationGap = "need.graduation-gap";
    public const string SpecificArea = "need.specific-area";
    public const string AcademicOnly = "need.academic-only";
    public const string RadiologyOnly = "path.radiology-only";
    public const string NoAcceptableBackup = "path.no-acceptable-backup";
    public const string ScoreBelowThreshold = "path.score-below-threshold";
    public const string ScoreNotTaken = "path.score-not-taken";
    public const string PreferredRegions = "path.preferred-regions";
    public const string NotWillingExtraYear = "path.not-willing-extra-year";
    public const string NotComfortableWithRisk = "path.not-comfortable-with-risk";
    public const string NoBackupWaysForward = "path.no-acceptable-backup.ways-forward";
    public const string ScoreBelowComlexBar = "path.score-below-threshold.comlex";
    public const string DualCost = "path.dual-cost";
    public const string EdgeOfStrong = "note.edge-of-strong";
    public const string OptionalButDual = "note.optional-but-dual";
    public const string ComlexBar = "note.comlex-bar";
    public const string FewClinical = "fragment.few-clinical";
    public const string NoRadiologyExperience = "fragment.no-radiology-experience";
    public const string NoRadiologyLetter = "fragment.no-radiology-letter";

    public static string Band(ScoreBand band) => "need.band." + band.Id();
}
