namespace ResidencyAdvisor.Core.Advice;

/// <summary>
/// What would change the advice: the smallest sets of changes within the student's control, the rules (past facts)
/// that hold the path or the need where nothing in their control would, and the step for each rule that has one.
/// </summary>
public sealed record ChangeAnalysis(
    bool AlreadyRadiologyOnly,
    IReadOnlyList<ChangeOption> Options,
    IReadOnlyList<string> PathHeldBy,
    IReadOnlyList<string> NeedHeldBy,
    IReadOnlyList<PlannedStep> Steps);

/// <summary>
/// A step from changes.md ("step.{RuleId}"). <see cref="OnlyStrengthens"/>: its change is within the student's control but
/// no option uses it, so it strengthens the application without changing this cycle's plan (a past fact's step says so itself).
/// </summary>
public sealed record PlannedStep(string RuleId, bool OnlyStrengthens);
