namespace ResidencyAdvisor.Core.Advice;

/// <summary>Apply to radiology only, or to radiology and a backup specialty in the same cycle.</summary>
public enum ApplicationPath
{
    RadiologyOnly,
    DualApply,
}
