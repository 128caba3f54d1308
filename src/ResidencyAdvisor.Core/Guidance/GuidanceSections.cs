using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>
/// Assembles the six guidance sections for one student: every item that assumes something (a path, an observership,
/// letters, an interest in a backup, a willingness to do an extra year, a second backup) is chosen by what the student
/// actually answered, and an item that does not apply to them is left out.
/// </summary>
internal sealed class GuidanceSections(GuidanceLibrary library, IReadOnlyDictionary<string, string> values, StudentProfile profile, Recommendation r)
{
    private bool Dual => r.Path == ApplicationPath.DualApply;

    private string Path => Dual ? "dual" : "radiology-only";

    private IReadOnlyList<SpecialtyId> Applied => r.AppliedBackups;

    private bool HasSoapOptions => values["soapOptions"].Length > 0;

    /// <summary>Sample answers claim an interest only in a field the student named.</summary>
    private string Interest => profile.BackupInterests.Contains(Applied[0]) ? "interested" : "not-stated";

    public IReadOnlyList<GuidanceSection> All() =>
    [
        new(GuidanceSectionIds.Interview, "Interview answers",
        [
            new("whyRadiology", "Why radiology?", Join("interview.md", "why-radiology",
                profile.UsRadiologyExperience ? "why-radiology.sample.observership" : "why-radiology.sample.no-observership")),
            Dual
                ? Item("whyBackup", $"Why {Applied[0].Name()}?", "interview.md", $"why-backup.dual.{Interest}")
                : Item("whyBackup", "What if they ask about other specialties?", "interview.md", "why-backup.radiology-only"),
            Item("areYouDualApplying", "Are you dual applying?", "interview.md", Dual ? $"are-you-dual-applying.dual.{Interest}" : "are-you-dual-applying.radiology-only"),
        ]),
        new(GuidanceSectionIds.PersonalStatements, "Personal statements",
        [
            Item("radiology", "Your radiology statement", "personal-statements.md", "radiology"),
            .. Dual
                ? PerBackup("backup", s => $"Your {s.Name()} statement", "personal-statements.md",
                    s => new() { ["quality"] = library.Render("personal-statements.md", "quality." + s.Id(), values) })
                : [HasSoapOptions
                    ? Item("backup", "A short statement for SOAP", "personal-statements.md", "backup.radiology-only")
                    : Item("backup", "Statements this cycle", "personal-statements.md", "backup.radiology-only.none")],
            Item("pgy1", "Your preliminary or transitional year statement", "personal-statements.md", "pgy1"),
        ]),
        new(GuidanceSectionIds.Letters, "Letters of recommendation",
        [
            new("radiology", "Letters for radiology", Join("letters.md", "radiology", RadiologyLetterKey())),
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
        new(GuidanceSectionIds.CommonQuestions, "Common questions", [.. CommonQuestions()]),
    ];

    private string RadiologyLetterKey() => profile.RadiologyLetters switch
    {
        0 => "radiology.none",
        1 when !profile.OrMoreCounts.Contains(Step.RadiologyLetters) => "radiology.have-one",
        _ => "radiology.have",
    };

    private IEnumerable<GuidanceItem> MatchOutcomes()
    {
        yield return new("matchedRadiology", "You match in radiology",
            Dual ? Join("match-outcomes.md", "matched-radiology", "matched-radiology.thank-backup") : Render("match-outcomes.md", "matched-radiology"));
        yield return Item("advancedWithoutPgy1", "You match an advanced radiology position but no PGY-1", "plan.md", "pgy1.unmatched");
        if (Dual)
        {
            yield return Item("matchedBackup", $"You match in {Applied[0].Name()}", "match-outcomes.md", "matched-backup.dual");
        }
        else
        {
            yield return Item("longTermPlanB", "Your long-term plan B", "match-outcomes.md", "plan-b.radiology-only");
        }

        foreach (var c in r.Contingencies)
        {
            var (key, heading) = c switch
            {
                Contingency.Soap => ("unmatchedSoap", "You do not match: SOAP"),
                Contingency.TransitionalOrPreliminaryYear => ("extraPrelimYear", "An extra transitional or preliminary year"),
                Contingency.ResearchYear => ("researchYear", "A research year"),
                _ => ("reapplicationPlan", "You do not match: the next cycle"),
            };
            yield return Item(key, heading, "contingencies.md", c.Id());
        }

    }

    /// <summary>Only the questions this student would ask: the realistic one in their band's words, the rest where they apply.</summary>
    private IEnumerable<GuidanceItem> CommonQuestions()
    {
        yield return Question("isRadiologyRealistic", "is-radiology-realistic." + r.ScoreBand.Id());
        if (profile.BackupInterests.Count == 0 && r.BackupSpecialties.Count > 0)
        {
            yield return Question("bestBackup", "best-backup");
        }

        if (Dual)
        {
            yield return Question("doesDualApplyingHurt", "does-dual-applying-hurt");
            yield return Question("switchingLater", "switching-later");
        }
    }

    /// <summary>One item for each backup the student applies to ("backup", then "secondBackup").</summary>
    private GuidanceItem[] PerBackup(string key, Func<SpecialtyId, string> heading, string file, Func<SpecialtyId, Dictionary<string, string>>? extra = null) =>
    [
        .. Applied.Select((s, i) =>
        {
            var filled = new Dictionary<string, string>(values, StringComparer.Ordinal) { ["topBackup"] = s.Name() };
            foreach (var (k, v) in extra?.Invoke(s) ?? [])
            {
                filled[k] = v;
            }

            return new GuidanceItem(i == 0 ? key : "second" + char.ToUpperInvariant(key[0]) + key[1..], heading(s), library.Render(file, "backup.dual", filled));
        }),
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
