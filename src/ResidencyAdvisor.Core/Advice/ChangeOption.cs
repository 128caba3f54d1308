namespace ResidencyAdvisor.Core.Advice;

/// <summary>One smallest set of changes and where it would leave the student.</summary>
public sealed record ChangeOption(ChangeGoal Goal, IReadOnlyList<Lever> Changes, BackupNeed BackupNeed);
