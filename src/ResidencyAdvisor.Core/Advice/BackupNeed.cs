namespace ResidencyAdvisor.Core.Advice;

/// <summary>How much the student needs a backup specialty; escalations move it up, capped at the top.</summary>
public enum BackupNeed
{
    Optional,
    Recommended,
    StronglyRecommended,
}
