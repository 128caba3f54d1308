namespace ResidencyAdvisor.Core.Advice;

/// <summary>A rule that applies to the student, with the backup need before and after it.</summary>
public sealed record RuleFinding(AdviceRule Rule, BackupNeed Before, BackupNeed After)
{
    public bool Raised => After > Before;
}

/// <summary>
/// One reason under "Why": its key in reasons.md, the rules it speaks for (their fragments fill a group's sentence),
/// and the need it raised the student to, when it raised it.
/// </summary>
public sealed record Reason(string Key, IReadOnlyList<string> RuleIds, BackupNeed? RaisedTo, bool SetsBase);
