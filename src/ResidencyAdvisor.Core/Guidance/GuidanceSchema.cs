using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>
/// Which content files and keys must exist, and which placeholders each key may use: the student's answers in words
/// (<see cref="TemplateValues.Common"/>) anywhere, plus the extras a key is filled with; {fact:id} is allowed anywhere.
/// The keys of reasons.md and changes.md that speak for a rule come from <see cref="AdviceRules"/>.
/// </summary>
public static class GuidanceSchema
{
    private static readonly string[] None = [];
    private static readonly string[] Bands = [.. new[] { ScoreBand.VeryStrong, ScoreBand.MidRange, ScoreBand.Lower, ScoreBand.NotTaken }.Select(b => b.Id())];
    private static readonly string[] Specialties = [.. SpecialtyIds.All.Select(s => s.Id())];

    /// <summary>The files and keys of the shipped rule table.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> Files { get; } = For(AdviceRules.All);

    /// <summary>The files and keys a rule table needs.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> For(IReadOnlyList<AdviceRule> rules) =>
        new Dictionary<string, IReadOnlyDictionary<string, string[]>>
        {
            ["specialties.md"] = Keys(
                [.. Specialties.SelectMany(s => new[] { s + ".why", s + ".challenges", s + ".who" }),
                 .. new[] { "internal-medicine", "family-medicine" }.SelectMany(s => Bands.Select(b => s + ".band." + b))]),
            ["contingencies.md"] = Keys(
                ["transitional-or-preliminary-year", "research-year", "reapplication-plan", "soap", "soap.openings", "soap.openings.none",
                 "title.transitional-or-preliminary-year", "title.research-year", "title.reapplication-plan", "title.soap"]),
            ["reasons.md"] = Reasons(rules),
            ["changes.md"] = Changes(rules),
            ["checklists.md"] = Keys(["path-a", "path-b", .. AdviceRules.PathA.Select(i => i.Id), .. AdviceRules.PathB.Select(i => i.Id)]),
            ["plan.md"] = Keys(["pgy1", "pgy1.unmatched", "dual.one", "dual.two", "headline.dual-apply", "headline.by-choice.no-backup",
                "headline.by-choice", "headline.backup-still-recommended", "headline.radiology-only"]),
            ["interview.md"] = Keys(
                ["why-radiology", "why-radiology.sample.observership", "why-radiology.sample.no-observership",
                 "why-backup.dual.interested", "why-backup.dual.not-stated", "why-backup.radiology-only",
                 "are-you-dual-applying.dual.interested", "are-you-dual-applying.dual.not-stated", "are-you-dual-applying.radiology-only",
                 "fallback.extra-year", "fallback.no-extra-year"]),
            ["personal-statements.md"] = With(Keys(
                ["radiology", "pgy1", "backup.radiology-only", "backup.radiology-only.none", .. Specialties.Select(s => "quality." + s)]),
                "backup.dual", "quality"),
            ["letters.md"] = Keys(
                ["radiology", "radiology.have", "radiology.have-one", "radiology.none", "backup.dual", "backup.radiology-only",
                 "backup.radiology-only.none", "assignment.dual", "assignment.radiology-only"]),
            ["cv.md"] = Keys(["radiology", "backup.dual", "honesty"]),
            ["match-outcomes.md"] = Keys(
                ["matched-radiology", "matched-radiology.thank-backup", "matched-backup.dual", "plan-b.radiology-only", "plan-b.fields",
                 "plan-b.none"]),
            ["tasks.md"] = With(With(Keys(
                ["statement.radiology", "statement.pgy1", "statement.backup", "pgy1.apply", "letters.radiology", "letters.backup",
                 "letters.assign.dual", "letters.assign.radiology-only", "cv.dual", "cv.radiology-only", "interview.rehearse",
                 "rol.supplemental", "soap.decide.dual", "soap.decide.radiology-only", "plan-b.radiology-only",
                 .. rules.Where(r => r.HasStep).Select(r => "step." + r.Id)]),
                "statement.backup", "specialty"), "letters.backup", "specialty"),
            ["reminders.md"] = With(With(Keys(["late", "open", "none-open", "stop"]), "milestone", "milestone", "when"), "task", "task"),
            ["common-questions.md"] = Keys(
                [.. Bands.Select(b => "is-radiology-realistic." + b), "best-backup", "does-dual-applying-hurt", "switching-later"]),
        };

    /// <summary>One reason per rule (its group's for a grouped rule, with a fragment per member), then the notes.</summary>
    private static Dictionary<string, string[]> Reasons(IReadOnlyList<AdviceRule> rules)
    {
        var keys = Keys(
            [.. rules.Select(r => r.ReasonKey).Distinct(), .. rules.Where(r => r.Group is not null).Select(r => "fragment." + r.Id),
             "score-very-strong", "radiology-only", "comlex-bar", "reapplicant.had-backup", "reapplicant.radiology-only"]);
        keys["no-acceptable-backup"] = ["waysForward"];
        keys["raised"] = ["newNeed"];
        foreach (var group in rules.Select(r => r.Group).OfType<string>().Distinct())
        {
            keys[group] = [TemplateValues.GroupPlaceholder(group)];
        }

        return keys;
    }

    /// <summary>A lever per change, "fixed." per past fact, "step." per rule with a step, and the sentence frames.</summary>
    private static Dictionary<string, string[]> Changes(IReadOnlyList<AdviceRule> rules)
    {
        var keys = Keys(
            [.. Enum.GetValues<Lever>().Select(l => "lever." + l.Id()),
             .. rules.Where(r => r.IsFixed).Select(r => "fixed." + r.Id),
             .. rules.Where(r => r.HasStep).Select(r => "step." + r.Id),
             "step." + ChangeAnalyzer.BeyondFour, "step.strength-only", "already.radiology-only",
             "way.widen", "way.beyond-four", "reapply.list", "reapply.community", "reapply.regions", "reapply.backup",
             "reapply.backup-again", "reapply.profile"]);
        keys["option.radiology-only"] = ["changes", "newNeed"];
        keys["option.radiology-only.no-backup"] = ["changes"];
        keys["option.lower-need"] = ["changes", "newNeed"];
        keys["held.path"] = ["fixedList"];
        keys["held.need"] = ["fixedList"];
        keys["held.both"] = ["fixedList"];
        keys["way.strengthen"] = ["strengthenChanges"];
        return keys;
    }

    private static Dictionary<string, string[]> Keys(string[] keys) => keys.Distinct().ToDictionary(k => k, _ => None, StringComparer.Ordinal);

    private static Dictionary<string, string[]> With(Dictionary<string, string[]> keys, string key, params string[] extras)
    {
        keys[key] = extras;
        return keys;
    }
}
