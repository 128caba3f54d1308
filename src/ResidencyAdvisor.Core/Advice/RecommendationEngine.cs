using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Advice;

/// <summary>Applies <see cref="AdviceRules"/> to a profile: the backup need, the path, the backups and the reasons.</summary>
public static class RecommendationEngine
{
    /// <summary>At most this many reasons are given, the strongest first.</summary>
    public const int MaxReasons = 6;

    public static Recommendation Recommend(StudentProfile p) => Recommend(p, AdviceRules.All);

    /// <summary>The recommendation under <paramref name="rules"/> (a test's table, or the shipped <see cref="AdviceRules.All"/>).</summary>
    public static Recommendation Recommend(StudentProfile p, IReadOnlyList<AdviceRule> rules)
    {
        var findings = Findings(p, rules);
        var need = NeedAfter(findings);
        var backups = Backups(p);
        var qualifies = !findings.Any(f => f.Rule.BlocksRadiologyOnly);
        var path = qualifies || backups.Count == 0 ? ApplicationPath.RadiologyOnly : ApplicationPath.DualApply;
        return new Recommendation(path, need, ScoreBands.Of(p), backups, AppliedBackups(p, path, backups), Contingencies(p, path),
            Reasons(p, findings, qualifies, backups.Count == 0),
            [.. AdviceRules.PathA.Select(i => new ChecklistResult(i.Id, i.Holds(p)))],
            [.. AdviceRules.PathB.Select(i => new ChecklistResult(i.Id, i.Holds(p)))],
            ChangeAnalyzer.Analyze(p, rules));
    }

    /// <summary>Every rule that applies, in table order, with the need before and after it.</summary>
    public static IReadOnlyList<RuleFinding> Findings(StudentProfile p, IReadOnlyList<AdviceRule> rules)
    {
        var findings = new List<RuleFinding>();
        var need = BackupNeed.Optional;
        var raisedGroups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!rule.Applies(p))
            {
                continue;
            }

            var before = need;
            need = rule.Need switch
            {
                NeedEffect.StartsAtStronglyRecommended => BackupNeed.StronglyRecommended,
                NeedEffect.StartsAtRecommended or NeedEffect.AtLeastRecommended => Max(need, BackupNeed.Recommended),
                NeedEffect.Raises when raisedGroups.Add(rule.ReasonKey) => need == BackupNeed.StronglyRecommended ? need : need + 1,
                _ => need,
            };
            findings.Add(new RuleFinding(rule, before, need));
        }

        return findings;
    }

    public static BackupNeed Need(StudentProfile p) => Need(p, AdviceRules.All);

    public static BackupNeed Need(StudentProfile p, IReadOnlyList<AdviceRule> rules) => NeedAfter(Findings(p, rules));

    /// <summary>No rule that applies stands in the way of a radiology-only application.</summary>
    public static bool MeetsRadiologyOnlyConditions(StudentProfile p, IReadOnlyList<AdviceRule> rules) => !rules.Any(r => r.BlocksRadiologyOnly && r.Applies(p));

    private static BackupNeed NeedAfter(IReadOnlyList<RuleFinding> findings) => findings.Count > 0 ? findings[^1].After : BackupNeed.Optional;

    private static BackupNeed Max(BackupNeed a, BackupNeed b) => a > b ? a : b;

    /// <summary>
    /// One reason per rule group, the strongest first: what set the starting need, then what raised it, then what
    /// else stands between the student and radiology-only. A rule that changed nothing still counts, but never claims to.
    /// </summary>
    private static List<Reason> Reasons(StudentProfile p, IReadOnlyList<RuleFinding> findings, bool qualifies, bool noBackup)
    {
        var units = findings.GroupBy(f => f.Rule.ReasonKey)
            .Select(g => new Reason(g.Key, [.. g.Select(f => f.Rule.Id)], g.Any(f => f.Raised && !f.Rule.SetsBase) ? g.Max(f => f.After) : null,
                g.Any(f => f.Rule.SetsBase)))
            .ToList();
        var ordered = units.Where(u => u.SetsBase).Concat(units.Where(u => !u.SetsBase && u.RaisedTo is not null))
            .Concat(units.Where(u => !u.SetsBase && u.RaisedTo is null)).ToList();
        if (!findings.Any(f => f.Rule.SetsBase))
        {
            ordered.Insert(0, new Reason("score-very-strong", [], null, true));
        }

        if (noBackup && !qualifies)
        {
            ordered.Insert(0, new Reason("no-acceptable-backup", [], null, false));
        }
        else if (qualifies)
        {
            ordered.Insert(1, new Reason("radiology-only", [], null, false));
        }

        // COMLEX has no published radiology-only score: say which bar the advice uses, within the limit.
        var comlexNote = p.Exam == ExamKind.Comlex && p.Step2Score is not null && p.ExamFailures == 0;
        var kept = ordered.Take(comlexNote ? MaxReasons - 1 : MaxReasons).ToList();
        if (comlexNote)
        {
            kept.Add(new Reason("comlex-bar", [], null, false));
        }

        return kept;
    }

    private static List<SpecialtyId> Backups(StudentProfile p)
    {
        var open = SpecialtyIds.All.Where(s => !p.WouldNotPractice.Contains(s)).ToList();
        return [.. open.Where(p.BackupInterests.Contains), .. open.Where(s => !p.BackupInterests.Contains(s))];
    }

    /// <summary>The backups to apply to: the best fit, and the second too when the student is interested in both.</summary>
    private static List<SpecialtyId> AppliedBackups(StudentProfile p, ApplicationPath path, List<SpecialtyId> backups) =>
        path != ApplicationPath.DualApply ? []
        : backups.Count > 1 && p.BackupInterests.Contains(backups[1]) ? [.. backups.Take(2)]
        : [.. backups.Take(1)];

    /// <summary>An extra year (transitional, preliminary or research) is offered only to a student who said they would do one.</summary>
    private static Contingency[] Contingencies(StudentProfile p, ApplicationPath path)
    {
        if (!p.WillingToDoExtraYear)
        {
            return [Contingency.Soap, Contingency.ReapplicationPlan];
        }

        return path == ApplicationPath.RadiologyOnly
            ? [Contingency.TransitionalOrPreliminaryYear, Contingency.ResearchYear, Contingency.ReapplicationPlan, Contingency.Soap]
            : [Contingency.Soap, Contingency.TransitionalOrPreliminaryYear, Contingency.ResearchYear, Contingency.ReapplicationPlan];
    }
}
