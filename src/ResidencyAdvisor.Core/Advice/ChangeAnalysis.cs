namespace ResidencyAdvisor.Core.Advice;

/// <summary>
/// What would change the advice: the smallest sets of changes within the student's control, the past facts that hold
/// the path or the need where nothing in their control would, and the concrete step for each weakness.
/// </summary>
public sealed record ChangeAnalysis(
    bool AlreadyRadiologyOnly,
    IReadOnlyList<ChangeOption> Options,
    IReadOnlyList<FixedFactor> PathHeldBy,
    IReadOnlyList<FixedFactor> NeedHeldBy,
    IReadOnlyList<string> StepKeys);
