using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Advice;

/// <summary>The engine's decision, before any wording: path, need, band, ordered backups, contingencies and reason keys.</summary>
public sealed record Recommendation(
    ApplicationPath Path,
    BackupNeed BackupNeed,
    ScoreBand ScoreBand,
    IReadOnlyList<SpecialtyId> BackupSpecialties,
    IReadOnlyList<Contingency> Contingencies,
    IReadOnlyList<string> ReasonKeys,
    IReadOnlyList<string> WeaknessKeys)
{
    public SpecialtyId? TopBackup => BackupSpecialties.Count > 0 ? BackupSpecialties[0] : null;
}
