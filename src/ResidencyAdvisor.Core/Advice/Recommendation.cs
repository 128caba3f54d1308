using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Advice;

/// <summary>The engine's decision, before any wording: path, need, band, ordered backups, contingencies, reason keys and what would change it.</summary>
public sealed record Recommendation(
    ApplicationPath Path,
    BackupNeed BackupNeed,
    ScoreBand ScoreBand,
    IReadOnlyList<SpecialtyId> BackupSpecialties,
    IReadOnlyList<Contingency> Contingencies,
    IReadOnlyList<string> ReasonKeys,
    IReadOnlyList<string> WeaknessKeys,
    ChangeAnalysis Changes)
{
    public SpecialtyId? TopBackup => BackupSpecialties.Count > 0 ? BackupSpecialties[0] : null;

    /// <summary>Radiology only because the student would practice none of the backups, not because they meet every condition.</summary>
    public bool NoAcceptableBackup => Path == ApplicationPath.RadiologyOnly && BackupSpecialties.Count == 0 && !Changes.AlreadyRadiologyOnly;
}
