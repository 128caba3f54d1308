namespace ResidencyAdvisor.Core.Advice;

/// <summary>A strategy for a cycle that does not end in radiology; not a backup specialty.</summary>
public enum Contingency
{
    TransitionalOrPreliminaryYear,
    ResearchYear,
    ReapplicationPlan,
    Soap,
}
