namespace ResidencyAdvisor.Core.Guidance;

/// <summary>Which content files and keys must exist, and which placeholders each key may use.</summary>
public static class GuidanceSchema
{
    private static readonly string[] None = [];
    private static readonly string[] TopBackup = ["topBackup"];
    private static readonly string[] Score = ["examName", "score"];

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> Files { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, string[]>>
        {
            ["specialties.md"] = Keys(
                [.. new[] { "internal-medicine", "family-medicine", "psychiatry", "neurology" }
                    .SelectMany(s => new[] { s + ".why", s + ".challenges", s + ".who" })], None),
            ["contingencies.md"] = Keys(["transitional-or-preliminary-year", "research-year", "reapplication-plan", "soap"], None),
            ["reasons.md"] = new Dictionary<string, string[]>
            {
                ["need.band.very-strong"] = Score,
                ["need.band.mid-range"] = Score,
                ["need.band.lower"] = Score,
                ["need.band.not-taken"] = None,
                ["need.exam-failure"] = ["examFailures"],
                ["need.weaker-profile"] = ["weaknesses"],
                ["fragment.few-clinical"] = ["usClinicalExperiences"],
                ["fragment.no-radiology-experience"] = None,
                ["fragment.no-radiology-letter"] = None,
                ["need.reapplicant"] = None,
                ["need.graduation-gap"] = ["yearsSinceGraduation"],
                ["need.specific-area"] = None,
                ["need.academic-only"] = None,
                ["path.radiology-only"] = None,
                ["path.no-acceptable-backup"] = ["excludedList"],
                ["path.score-below-threshold"] = ["examName", "score", "threshold"],
                ["path.score-not-taken"] = None,
                ["path.preferred-regions"] = None,
                ["path.not-willing-extra-year"] = None,
                ["path.not-comfortable-with-risk"] = None,
            },
            ["interview.md"] = new Dictionary<string, string[]>
            {
                ["why-radiology"] = None,
                ["why-backup.dual"] = TopBackup,
                ["why-backup.radiology-only"] = None,
                ["are-you-dual-applying.dual"] = TopBackup,
                ["are-you-dual-applying.radiology-only"] = None,
            },
            ["personal-statements.md"] = new Dictionary<string, string[]>
            {
                ["radiology"] = None, ["backup.dual"] = TopBackup, ["backup.radiology-only"] = None,
            },
            ["letters.md"] = new Dictionary<string, string[]>
            {
                ["radiology"] = ["radiologyLetters"], ["backup.dual"] = TopBackup, ["backup.radiology-only"] = None, ["assignment"] = None,
            },
            ["cv.md"] = new Dictionary<string, string[]>
            {
                ["radiology"] = None, ["backup.dual"] = TopBackup, ["honesty"] = None,
            },
            ["match-outcomes.md"] = new Dictionary<string, string[]>
            {
                ["matched-radiology"] = None,
                ["matched-backup.dual"] = TopBackup,
                ["matched-prelim-only.radiology-only"] = None,
                ["unmatched.soap"] = None,
                ["unmatched.next-cycle"] = None,
            },
            ["common-questions.md"] = Keys(
                ["is-radiology-realistic", "best-backup", "does-dual-applying-hurt", "switching-later", "transitional-year"], None),
        };

    private static Dictionary<string, string[]> Keys(string[] keys, string[] placeholders) =>
        keys.ToDictionary(k => k, _ => placeholders, StringComparer.Ordinal);
}
