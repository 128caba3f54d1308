using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Advice;

/// <summary>
/// Every rule of the advice, in the order the backup need is worked out: the score and exam record set where it starts,
/// a thin profile, a second attempt, a gap and a narrowed search each raise it, and preferred regions lift an otherwise
/// optional need. A rule that applies and blocks radiology-only sends the student to dual applying. The recommendation,
/// "what would change this", the guidance schema and docs/advice.md all read this table; docs/adding-a-question.md
/// ("Adding a rule") shows how to add one.
/// </summary>
public static class AdviceRules
{
    public static IReadOnlyList<AdviceRule> All { get; } =
    [
        // The score and the exam record: "very strong" needs 250+ (COMLEX 640+) and no failure at all.
        new("exam-failure", p => p.ExamFailures > 0) { Need = NeedEffect.StartsAtStronglyRecommended },
        new("score-not-taken", p => p.Step2Score is null) { Need = NeedEffect.StartsAtRecommended, HasStep = true },
        new("score-lower", p => p.Step2Score is not null && ScoreBands.Classify(p.Exam, p.Step2Score) == ScoreBand.Lower)
        {
            Need = NeedEffect.StartsAtStronglyRecommended,
        },
        new("score-below-bar", p => ScoreBands.Classify(p.Exam, p.Step2Score) == ScoreBand.MidRange && !ScoreBands.ClearsBar(p))
        {
            Need = NeedEffect.StartsAtRecommended,
        },
        // 245-249: strong enough for radiology alone, still mid-range for the need.
        new("score-edge-of-strong", p => ScoreBands.Classify(p.Exam, p.Step2Score) == ScoreBand.MidRange && ScoreBands.ClearsBar(p))
        {
            Need = NeedEffect.StartsAtRecommended,
            BlocksRadiologyOnly = false,
        },

        // A thin US profile raises the need once, however many of its parts are missing.
        new("few-clinical", p => p.HasFewUsClinicalExperiences)
        {
            Need = NeedEffect.Raises, Group = "weaker-profile", ClearedBy = Lever.UsClinicalExperiences, HasStep = true,
        },
        new("no-radiology-experience", p => !p.UsRadiologyExperience)
        {
            Need = NeedEffect.Raises, Group = "weaker-profile", ClearedBy = Lever.UsRadiologyExperience, HasStep = true,
        },
        new("no-radiology-letter", p => p.LacksRadiologyLetter)
        {
            Need = NeedEffect.Raises, Group = "weaker-profile", ClearedBy = Lever.RadiologyLetter, HasStep = true,
        },

        new("reapplicant", p => p.Reapplicant) { Need = NeedEffect.Raises, HasStep = true },
        new("graduation-gap", p => p.HasGraduationGap) { Need = NeedEffect.Raises, HasStep = true },

        // A program list narrowed by place or by type raises the need once.
        new("specific-area", p => p.Geography == GeographyPreference.SpecificArea)
        {
            Need = NeedEffect.Raises, Group = "narrowed-search", ClearedBy = Lever.GeographyAnywhere, EasedBy = Lever.GeographyWiden,
        },
        new("academic-only", p => !p.OpenToCommunityPrograms)
        {
            Need = NeedEffect.Raises, Group = "narrowed-search", ClearedBy = Lever.CommunityPrograms,
        },
        new("preferred-regions", p => p.Geography == GeographyPreference.PreferredRegions)
        {
            Need = NeedEffect.AtLeastRecommended, ClearedBy = Lever.GeographyAnywhere,
        },

        // The student's own plans: they weigh on the path, not on how much a backup is needed.
        new("no-extra-year", p => !p.WillingToDoExtraYear) { ClearedBy = Lever.ExtraYear },
        new("not-comfortable-with-risk", p => !p.ComfortableWithUnmatchedRisk) { ClearedBy = Lever.RiskComfort },
    ];

    /// <summary>The article's Path A checklist: the more of these hold, the more reasonable radiology-only is.</summary>
    public static IReadOnlyList<ChecklistItem> PathA { get; } =
    [
        new("a.score", p => ScoreBands.ClearsBar(p) && p.ExamFailures == 0),
        new("a.clinical", p => !p.HasFewUsClinicalExperiences && p.UsRadiologyExperience),
        new("a.letters", p => !p.LacksRadiologyLetter),
        new("a.flexible", p => p.Geography == GeographyPreference.Anywhere && p.OpenToCommunityPrograms),
        new("a.extra-year", p => p.WillingToDoExtraYear),
    ];

    /// <summary>The article's Path B checklist: the more of these hold, the more dual applying makes sense.</summary>
    public static IReadOnlyList<ChecklistItem> PathB { get; } =
    [
        new("b.score", p => ScoreBands.Of(p) != ScoreBand.VeryStrong),
        new("b.radiology", p => !p.UsRadiologyExperience || p.LacksRadiologyLetter),
        new("b.place", p => p.Geography != GeographyPreference.Anywhere),
        new("b.risk", p => !p.ComfortableWithUnmatchedRisk),
        new("b.content", p => SpecialtyIds.All.Any(s => !p.WouldNotPractice.Contains(s))),
    ];
}
