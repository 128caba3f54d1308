namespace ResidencyAdvisor.Core.Guidance;

/// <summary>Which content files and keys must exist, and which placeholders each key may use ({fact:id} is allowed anywhere).</summary>
public static class GuidanceSchema
{
    private static readonly string[] None = [];
    private static readonly string[] TopBackup = ["topBackup"];
    private static readonly string[] Score = ["examName", "score"];
    private static readonly string[] Bands = ["very-strong", "mid-range", "lower", "not-taken"];

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> Files { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, string[]>>
        {
            ["specialties.md"] = Keys(
                [.. new[] { "internal-medicine", "family-medicine", "psychiatry", "neurology" }
                    .SelectMany(s => new[] { s + ".why", s + ".challenges", s + ".who" }),
                 .. new[] { "internal-medicine", "family-medicine" }.SelectMany(s => Bands.Select(b => s + ".band." + b))], None),
            ["contingencies.md"] = new Dictionary<string, string[]>
            {
                ["transitional-or-preliminary-year"] = None, ["research-year"] = None, ["reapplication-plan"] = None,
                ["soap"] = ["soapOpenings"], ["soap.openings"] = ["soapOptions"], ["soap.openings.none"] = None,
            },
            ["reasons.md"] = new Dictionary<string, string[]>
            {
                ["note.edge-of-strong"] = Score,
                ["note.optional-but-dual"] = ["dualBecause"],
                ["note.comlex-bar"] = ["threshold"],
                ["need.band.very-strong"] = Score,
                ["need.band.mid-range"] = Score,
                ["need.band.lower"] = Score,
                ["need.band.not-taken"] = None,
                ["need.exam-failure"] = ["examFailuresText"],
                ["need.weaker-profile"] = ["weaknesses"],
                ["fragment.few-clinical"] = ["clinicalText"],
                ["fragment.no-radiology-experience"] = None,
                ["fragment.no-radiology-letter"] = None,
                ["need.reapplicant"] = None,
                ["need.graduation-gap"] = ["yearsSinceGraduation"],
                ["need.specific-area"] = None,
                ["need.academic-only"] = None,
                ["path.radiology-only"] = None,
                ["path.no-acceptable-backup"] = ["excludedList", "backupNeed"],
                ["path.no-acceptable-backup.ways-forward"] = ["waysForward"],
                ["path.score-below-threshold"] = ["examName", "score", "threshold"],
                ["path.score-below-threshold.comlex"] = ["score", "threshold"],
                ["path.score-not-taken"] = None,
                ["path.preferred-regions"] = None,
                ["path.not-willing-extra-year"] = None,
                ["path.not-comfortable-with-risk"] = None,
                ["path.dual-cost"] = None,
                ["because.preferred-regions"] = None,
                ["because.no-extra-year"] = None,
                ["because.risk"] = None,
            },
            ["changes.md"] = Changes(),
            ["interview.md"] = new Dictionary<string, string[]>
            {
                ["why-radiology"] = None,
                ["why-radiology.sample.observership"] = None,
                ["why-radiology.sample.no-observership"] = None,
                ["why-backup.dual"] = TopBackup,
                ["why-backup.radiology-only"] = ["fallbackPlan"],
                ["are-you-dual-applying.dual"] = TopBackup,
                ["are-you-dual-applying.radiology-only"] = ["fallbackPlan"],
                ["fallback.extra-year"] = None,
                ["fallback.no-extra-year"] = None,
            },
            ["personal-statements.md"] = new Dictionary<string, string[]>
            {
                ["radiology"] = None, ["backup.dual"] = TopBackup, ["backup.radiology-only"] = ["soapOptions"], ["backup.radiology-only.none"] = None,
            },
            ["letters.md"] = new Dictionary<string, string[]>
            {
                ["radiology"] = None, ["radiology.have"] = ["lettersText"], ["radiology.none"] = None,
                ["backup.dual"] = TopBackup, ["backup.radiology-only"] = ["soapOptions"], ["backup.radiology-only.none"] = None,
                ["assignment.dual"] = ["appliedBackups"], ["assignment.radiology-only"] = None,
            },
            ["cv.md"] = new Dictionary<string, string[]>
            {
                ["radiology"] = None, ["backup.dual"] = TopBackup, ["honesty"] = None,
            },
            ["match-outcomes.md"] = new Dictionary<string, string[]>
            {
                ["matched-radiology"] = None,
                ["matched-radiology.thank-backup"] = ["appliedBackups"],
                ["matched-backup.dual"] = TopBackup,
                ["matched-prelim-only.radiology-only"] = None,
                ["plan-b.radiology-only"] = ["planBFields"],
                ["plan-b.fields"] = ["planBList"],
                ["plan-b.none"] = None,
                ["unmatched.soap"] = None,
                ["unmatched.next-cycle.extra-year"] = None,
                ["unmatched.next-cycle.no-extra-year"] = None,
            },
            ["common-questions.md"] = Keys(
                ["is-radiology-realistic", "best-backup", "does-dual-applying-hurt", "switching-later", "transitional-year"], None),
        };

    private static Dictionary<string, string[]> Changes()
    {
        var keys = Keys(
            ["lever.us-radiology-experience", "lever.radiology-letter", "lever.geography-anywhere", "lever.geography-widen",
             "lever.community-programs", "lever.extra-year", "lever.risk-comfort", "already.radiology-only",
             "fixed.score-not-taken", "fixed.reapplicant", "step.score-not-taken", "step.few-clinical",
             "step.no-radiology-experience", "step.no-radiology-letter", "step.graduation-gap", "step.beyond-four",
             "way.widen", "way.beyond-four", "reapply.list", "reapply.community", "reapply.regions", "reapply.backup", "reapply.profile"], None);
        keys["lever.us-clinical-experiences"] = ["clinicalToAdd"];
        keys["option.radiology-only"] = ["changes", "newNeed"];
        keys["option.radiology-only.no-backup"] = ["changes"];
        keys["option.lower-need"] = ["changes", "newNeed"];
        keys["held.path"] = ["fixedList"];
        keys["held.need"] = ["backupNeed", "fixedList"];
        keys["fixed.exam-failure"] = ["examFailuresText"];
        keys["fixed.score-below-bar"] = ["examName", "score", "threshold"];
        keys["fixed.score-band"] = Score;
        keys["fixed.graduation-gap"] = ["yearsSinceGraduation"];
        keys["step.reapplicant"] = ["reapplicantChanges"];
        keys["way.strengthen"] = ["strengthenChanges"];
        return keys;
    }

    private static Dictionary<string, string[]> Keys(string[] keys, string[] placeholders) =>
        keys.ToDictionary(k => k, _ => placeholders, StringComparer.Ordinal);
}
