using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>
/// Assembles the six guidance sections for one student: every item that assumes something (a path, an observership,
/// letters, a willingness to do an extra year, a second backup) is chosen by what the student actually answered.
/// </summary>
internal sealed class GuidanceSections(GuidanceLibrary library, IReadOnlyDictionary<string, string> values, StudentProfile profile, Recommendation r)
{
    private bool Dual => r.Path == ApplicationPath.DualApply;

    private string Path => Dual ? "dual" : "radiology-only";

    private IReadOnlyList<SpecialtyId> Applied => TemplateValues.AppliedBackups(r, profile);

    private bool HasSoapOptions => values["soapOptions"].Length > 0;

    public IReadOnlyList<GuidanceSection> All() =>
    [
        new(GuidanceSectionIds.Interview, "Interview answers",
        [
            new("whyRadiology", "Why radiology?", Join("interview.md", "why-radiology",
                profile.UsRadiologyExperience ? "why-radiology.sample.observership" : "why-radiology.sample.no-observership")),
            Dual
                ? Item("whyBackup", $"Why {Applied[0].Name()}?", "interview.md", "why-backup.dual")
                : Item("whyBackup", "What if they ask about other specialties?", "interview.md", "why-backup.radiology-only"),
            Item("areYouDualApplying", "Are you dual applying?", "interview.md", "are-you-dual-applying." + Path),
        ]),
        new(GuidanceSectionIds.PersonalStatements, "Personal statements",
        [
            Item("radiology", "Your radiology statement", "personal-statements.md", "radiology"),
            .. Dual
                ? PerBackup("backup", s => $"Your {s.Name()} statement", "personal-statements.md")
                : [HasSoapOptions
                    ? Item("backup", "A second statement, just in case", "personal-statements.md", "backup.radiology-only")
                    : Item("backup", "One statement this cycle", "personal-statements.md", "backup.radiology-only.none")],
        ]),
        new(GuidanceSectionIds.Letters, "Letters of recommendation",
        [
            new("radiology", "Letters for radiology", Join("letters.md", "radiology", profile.RadiologyLetters > 0 ? "radiology.have" : "radiology.none")),
            .. Dual
                ? PerBackup("backup", s => $"Letters for {s.Name()}", "letters.md")
                : [HasSoapOptions
                    ? Item("backup", "A letter for SOAP", "letters.md", "backup.radiology-only")
                    : Item("backup", "Letters for a field you add later", "letters.md", "backup.radiology-only.none")],
            Item("assignment", "Assigning letters in ERAS", "letters.md", "assignment." + Path),
        ]),
        new(GuidanceSectionIds.Cv, "CV and experience descriptions",
        [
            Item("radiology", "Framing for radiology", "cv.md", "radiology"),
            .. Dual ? PerBackup("backup", s => $"Framing for {s.Name()}", "cv.md") : [],
            Item("honesty", "Same facts, different emphasis", "cv.md", "honesty"),
        ]),
        new(GuidanceSectionIds.MatchOutcomes, "A plan for every Match outcome", [.. MatchOutcomes()]),
        new(GuidanceSectionIds.CommonQuestions, "Common questions",
        [
            Question("isRadiologyRealistic", "is-radiology-realistic"),
            Question("bestBackup", "best-backup"),
            Question("doesDualApplyingHurt", "does-dual-applying-hurt"),
            Question("switchingLater", "switching-later"),
            .. profile.WillingToDoExtraYear ? [Question("transitionalYear", "transitional-year")] : Array.Empty<GuidanceItem>(),
        ]),
    ];

    private IEnumerable<GuidanceItem> MatchOutcomes()
    {
        yield return new("matchedRadiology", "You match in radiology",
            Dual ? Join("match-outcomes.md", "matched-radiology", "matched-radiology.thank-backup") : Render("match-outcomes.md", "matched-radiology"));
        if (Dual)
        {
            yield return Item("matchedBackup", $"You match in {Applied[0].Name()}", "match-outcomes.md", "matched-backup.dual");
        }
        else
        {
            yield return Item("longTermPlanB", "Your long-term plan B", "match-outcomes.md", "plan-b.radiology-only");
            if (profile.WillingToDoExtraYear)
            {
                yield return Item("matchedPrelimOnly", "You end up with only a preliminary or transitional year", "match-outcomes.md", "matched-prelim-only.radiology-only");
            }
        }

        yield return Item("unmatchedSoap", "You do not match: SOAP", "match-outcomes.md", "unmatched.soap");
        yield return Item("unmatchedNextCycle", "You do not match: the next cycle", "match-outcomes.md",
            profile.WillingToDoExtraYear ? "unmatched.next-cycle.extra-year" : "unmatched.next-cycle.no-extra-year");
    }

    /// <summary>One item for the top backup, and a second ("secondBackup") when the student is interested in both of the top two.</summary>
    private GuidanceItem[] PerBackup(string key, Func<SpecialtyId, string> heading, string file) =>
    [
        .. Applied.Select((s, i) => new GuidanceItem(i == 0 ? key : "second" + char.ToUpperInvariant(key[0]) + key[1..], heading(s),
            library.Render(file, "backup.dual", new Dictionary<string, string>(values, StringComparer.Ordinal) { ["topBackup"] = s.Name() }))),
    ];

    private GuidanceItem Item(string key, string heading, string file, string templateKey) => new(key, heading, Render(file, templateKey));

    private string Render(string file, string templateKey) => library.Render(file, templateKey, values);

    private string Join(string file, params string[] templateKeys) => string.Join("\n\n", templateKeys.Select(k => Render(file, k)));

    /// <summary>A common-questions entry is its question line, a blank line, then the answer.</summary>
    private GuidanceItem Question(string key, string templateKey)
    {
        var text = Render("common-questions.md", templateKey);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        return split < 0
            ? new GuidanceItem(key, templateKey, text)
            : new GuidanceItem(key, text[..split].Trim(), text[(split + 2)..].Trim());
    }
}
