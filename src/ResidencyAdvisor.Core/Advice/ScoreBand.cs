namespace ResidencyAdvisor.Core.Advice;

/// <summary>Where a Step 2 CK / COMLEX Level 2-CE score sits for a radiology applicant.</summary>
public enum ScoreBand
{
    NotTaken,
    Lower,
    MidRange,
    VeryStrong,
}
