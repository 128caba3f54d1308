using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>Assembles the six guidance sections, choosing the dual-apply or radiology-only wording.</summary>
internal sealed class GuidanceSections(GuidanceLibrary library, IReadOnlyDictionary<string, string> values, bool dual, SpecialtyId? top)
{
    private string Path => dual ? "dual" : "radiology-only";

    public IReadOnlyList<GuidanceSection> All() =>
    [
        new(GuidanceSectionIds.Interview, "Interview answers",
        [
            Item("whyRadiology", "Why radiology?", "interview.md", "why-radiology"),
            dual
                ? Item("whyBackup", $"Why {top!.Value.Name()}?", "interview.md", "why-backup.dual")
                : Item("whyBackup", "What if they ask about other specialties?", "interview.md", "why-backup.radiology-only"),
            Item("areYouDualApplying", "Are you dual applying?", "interview.md", "are-you-dual-applying." + Path),
        ]),
        new(GuidanceSectionIds.PersonalStatements, "Personal statements",
        [
            Item("radiology", "Your radiology statement", "personal-statements.md", "radiology"),
            Item("backup", dual ? $"Your {top!.Value.Name()} statement" : "A second statement, just in case", "personal-statements.md", "backup." + Path),
        ]),
        new(GuidanceSectionIds.Letters, "Letters of recommendation",
        [
            Item("radiology", "Letters for radiology", "letters.md", "radiology"),
            Item("backup", dual ? $"Letters for {top!.Value.Name()}" : "A letter for SOAP", "letters.md", "backup." + Path),
            Item("assignment", "Assigning letters in ERAS", "letters.md", "assignment"),
        ]),
        new(GuidanceSectionIds.Cv, "CV and experience descriptions",
        [
            Item("radiology", "Framing for radiology", "cv.md", "radiology"),
            .. dual ? [Item("backup", $"Framing for {top!.Value.Name()}", "cv.md", "backup.dual")] : Array.Empty<GuidanceItem>(),
            Item("honesty", "Same facts, different emphasis", "cv.md", "honesty"),
        ]),
        new(GuidanceSectionIds.MatchOutcomes, "A plan for every Match outcome",
        [
            Item("matchedRadiology", "You match in radiology", "match-outcomes.md", "matched-radiology"),
            dual
                ? Item("matchedBackup", $"You match in {top!.Value.Name()}", "match-outcomes.md", "matched-backup.dual")
                : Item("matchedPrelimOnly", "You end up with only a preliminary or transitional year", "match-outcomes.md", "matched-prelim-only.radiology-only"),
            Item("unmatchedSoap", "You do not match: SOAP", "match-outcomes.md", "unmatched.soap"),
            Item("unmatchedNextCycle", "You do not match: the next cycle", "match-outcomes.md", "unmatched.next-cycle"),
        ]),
        new(GuidanceSectionIds.CommonQuestions, "Common questions",
        [
            Question("isRadiologyRealistic", "is-radiology-realistic"),
            Question("bestBackup", "best-backup"),
            Question("doesDualApplyingHurt", "does-dual-applying-hurt"),
            Question("switchingLater", "switching-later"),
            Question("transitionalYear", "transitional-year"),
        ]),
    ];

    private GuidanceItem Item(string key, string heading, string file, string templateKey) =>
        new(key, heading, library.Render(file, templateKey, values));

    /// <summary>A common-questions entry is its question line, a blank line, then the answer.</summary>
    private GuidanceItem Question(string key, string templateKey)
    {
        var text = library.Render("common-questions.md", templateKey, values);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        return split < 0
            ? new GuidanceItem(key, templateKey, text)
            : new GuidanceItem(key, text[..split].Trim(), text[(split + 2)..].Trim());
    }
}
