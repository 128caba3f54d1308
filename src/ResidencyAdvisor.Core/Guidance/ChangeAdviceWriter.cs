using ResidencyAdvisor.Core.Advice;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>Puts the engine's <see cref="ChangeAnalysis"/> into words from config/guidance/changes.md.</summary>
internal static class ChangeAdviceWriter
{
    private const string File = "changes.md";

    public static ChangeAdvice Write(GuidanceLibrary library, Recommendation r, IReadOnlyDictionary<string, string> values)
    {
        var analysis = r.Changes;
        var options = analysis.Options.Select(o => new ChangeOptionAdvice(o, Option(library, r, o, values))).ToList();
        var held = new List<string>();
        if (analysis.AlreadyRadiologyOnly)
        {
            held.Add(library.Render(File, "already.radiology-only", values));
        }

        if (analysis.PathHeldBy.Count > 0 && analysis.PathHeldBy.SequenceEqual(analysis.NeedHeldBy))
        {
            // One sentence when the same past facts hold both, so it is not said twice.
            held.Add(library.Render(File, "held.both", With(values, "fixedList", Fixed(library, analysis.PathHeldBy, values))));
        }
        else if (analysis.PathHeldBy.Count > 0)
        {
            held.Add(library.Render(File, "held.path", With(values, "fixedList", Fixed(library, analysis.PathHeldBy, values))));
        }

        if (analysis.NeedHeldBy.Count > 0 && !analysis.PathHeldBy.SequenceEqual(analysis.NeedHeldBy))
        {
            held.Add(library.Render(File, "held.need", With(values, "fixedList", Fixed(library, analysis.NeedHeldBy, values))));
        }

        var steps = analysis.Steps.Select(s => new StepAdvice(s.RuleId,
            library.Render(File, "step." + s.RuleId, values)
            + (s.OnlyStrengthens ? " " + library.Render(File, "step.strength-only", values) : ""))).ToList();
        return new ChangeAdvice(analysis, options, held, steps);
    }

    private static string Option(GuidanceLibrary library, Recommendation r, ChangeOption option, IReadOnlyDictionary<string, string> values)
    {
        var changes = AdviceComposer.JoinWords([.. option.Changes.Select(l => library.Render(File, "lever." + l.Id(), values))]);
        var key = option.Goal == ChangeGoal.LowerNeed ? "option.lower-need"
            : r.NoAcceptableBackup ? "option.radiology-only.no-backup" : "option.radiology-only";
        var filled = With(values, "changes", changes);
        filled["newNeed"] = library.Labels.Words(option.BackupNeed);
        return library.Render(File, key, filled);
    }

    private static string Fixed(GuidanceLibrary library, IReadOnlyList<string> ruleIds, IReadOnlyDictionary<string, string> values) =>
        AdviceComposer.JoinWords([.. ruleIds.Select(id => library.Render(File, "fixed." + id, values))]);

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> values, string key, string value) =>
        new(values, StringComparer.Ordinal) { [key] = value };
}
