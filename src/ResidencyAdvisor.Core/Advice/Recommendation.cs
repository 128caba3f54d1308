using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Advice;

/// <summary>The engine's decision, before any wording.</summary>
public sealed record Recommendation(
    ApplicationPath Path,
    BackupNeed BackupNeed,
    ScoreBand ScoreBand,
    IReadOnlyList<SpecialtyId> BackupSpecialties,
    IReadOnlyList<SpecialtyId> AppliedBackups,
    IReadOnlyList<Contingency> Contingencies,
    IReadOnlyList<Reason> Reasons,
    IReadOnlyList<ChecklistResult> PathA,
    IReadOnlyList<ChecklistResult> PathB,
    ChangeAnalysis Changes)
{
    /// <summary>The reasons' keys in order (reasons.md).</summary>
    public IReadOnlyList<string> ReasonKeys => [.. Reasons.Select(r => r.Key)];

    public SpecialtyId? TopBackup => BackupSpecialties.Count > 0 ? BackupSpecialties[0] : null;

    /// <summary>Radiology only because the student would practice none of the backups, not because they meet every condition.</summary>
    public bool NoAcceptableBackup => Path == ApplicationPath.RadiologyOnly && BackupSpecialties.Count == 0 && !Changes.AlreadyRadiologyOnly;

    /// <summary>Radiology-only is reasonable at a 245-249 score, but the mid-range still recommends a backup.</summary>
    public bool RadiologyOnlyWithBackupRecommended => Path == ApplicationPath.RadiologyOnly && Changes.AlreadyRadiologyOnly && BackupNeed != BackupNeed.Optional;
}
