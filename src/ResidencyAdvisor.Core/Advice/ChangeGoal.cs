namespace ResidencyAdvisor.Core.Advice;

/// <summary>What a set of changes would achieve: open the radiology-only path, or lower the backup need.</summary>
public enum ChangeGoal
{
    RadiologyOnly,
    LowerNeed,
}
