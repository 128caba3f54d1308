using System.Globalization;
using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>The placeholder values for one student: their answers in words, counted right, and phrases built from content fragments.</summary>
internal static class TemplateValues
{
    /// <summary>The placeholders every template may use: <see cref="For"/> fills each of them for every student.</summary>
    public static IReadOnlySet<string> Common { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "examName", "score", "threshold", "examFailuresText", "clinicalText", "clinicalToAdd", "lettersText", "yearsSinceGraduation",
        "backupNeed", "topBackup", "appliedBackups", "excludedList", "planBList", "planBFields", "soapOptions", "soapOpenings",
        "soapFigure", "fallbackPlan", "reapplicantChanges", "reapplicantDetail", "bandFacts",
    };

    /// <summary>The placeholder that lists a rule group's fragments in its reason ("weaknesses" for a thin profile).</summary>
    public static string GroupPlaceholder(string group) => group == "weaker-profile" ? "weaknesses" : "narrowing";

    public static Dictionary<string, string> For(GuidanceLibrary library, StudentProfile p, Recommendation r)
    {
        var values = Facts(p);
        values["backupNeed"] = library.Labels.Words(r.BackupNeed);
        values["topBackup"] = r.AppliedBackups.Count > 0 ? r.AppliedBackups[0].Name() : r.TopBackup?.Name() ?? "";
        values["appliedBackups"] = AdviceComposer.JoinWords([.. r.AppliedBackups.Select(s => s.Name())]);
        values["excludedList"] = AdviceComposer.JoinWords([.. p.WouldNotPractice.Select(s => s.Name())], "or");
        values["planBList"] = AdviceComposer.JoinWords([.. r.BackupSpecialties.Select(s => s.Name())]);
        values["planBFields"] = library.Render("match-outcomes.md", r.BackupSpecialties.Count > 0 ? "plan-b.fields" : "plan-b.none", values);
        foreach (var group in library.Rules.Select(x => x.Group).OfType<string>().Distinct())
        {
            values[GroupPlaceholder(group)] = AdviceComposer.JoinWords(
                [.. library.Rules.Where(x => x.Group == group && x.Applies(p)).Select(x => library.Render("reasons.md", "fragment." + x.Id, values))]);
        }

        var soap = SoapOptions(p);
        values["soapOptions"] = AdviceComposer.JoinWords(soap, "or");
        values["soapOpenings"] = library.Render("contingencies.md", soap.Count > 0 ? "soap.openings" : "soap.openings.none", values);
        // The family medicine SOAP figure means something only to a student who would take a family medicine offer.
        values["soapFigure"] = !p.WouldNotPractice.Contains(SpecialtyId.FamilyMedicine) && library.Facts.TryGet("fm-filled-through-soap", out var fact)
            ? " " + fact.Cited : "";
        values["fallbackPlan"] = library.Render("interview.md", p.WillingToDoExtraYear ? "fallback.extra-year" : "fallback.no-extra-year", values);
        values["reapplicantDetail"] = p.DualAppliedLastCycle is { } dual
            ? library.Render("reasons.md", dual ? "reapplicant.had-backup" : "reapplicant.radiology-only", values) : "";
        // Semicolons, because a change may hold a comma of its own.
        values["reapplicantChanges"] = string.Join("; ", ReapplicantChanges(p).Select(k => library.Render("changes.md", k, values)));
        values["bandFacts"] = AdviceComposer.JoinWords(BandFacts(p, values));
        values["waysForward"] = WaysForward(library, p, values);
        return values;
    }

    public static string Counted(int count, string singular, string plural, bool orMore = false) =>
        count == 1 && !orMore ? $"1 {singular}" : $"{Count(count, orMore)} {plural}";

    /// <summary>A count as the student gave it: "3", or "3 or more" for that quick pick.</summary>
    private static string Count(int count, bool orMore) =>
        orMore ? NumberQuestion.OrMoreLabel(count) : count.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Facts(StudentProfile p) => new(StringComparer.Ordinal)
    {
        ["examName"] = ExamIds.ScoreName(p.Exam),
        ["score"] = p.Step2Score?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["threshold"] = ScoreBands.RadiologyOnlyThreshold(p.Exam).ToString(CultureInfo.InvariantCulture),
        ["examFailuresText"] = Counted(p.ExamFailures, "exam failure", "exam failures", p.OrMoreCounts.Contains(Step.ExamFailures)),
        ["clinicalText"] = p.UsClinicalExperiences == 0 ? "no US clinical experiences" : "only " + Counted(p.UsClinicalExperiences, "US clinical experience", "US clinical experiences"),
        ["clinicalToAdd"] = p.UsClinicalExperiences == 1 ? "add one more US clinical experience" : "add two US clinical experiences",
        ["lettersText"] = Counted(p.RadiologyLetters, "letter", "letters", p.OrMoreCounts.Contains(Step.RadiologyLetters)),
        ["yearsSinceGraduation"] = Count(p.YearsSinceGraduation, p.OrMoreCounts.Contains(Step.YearsSinceGraduation)),
    };

    /// <summary>What makes radiology a reach for a student in the lower band, in their own figures.</summary>
    private static List<string> BandFacts(StudentProfile p, Dictionary<string, string> values)
    {
        var facts = new List<string>();
        if (ScoreBands.Classify(p.Exam, p.Step2Score) == ScoreBand.Lower)
        {
            facts.Add($"a {values["examName"]} score of {values["score"]}");
        }

        if (p.ExamFailures > 0)
        {
            facts.Add(values["examFailuresText"]);
        }

        if (p.HasGraduationGap)
        {
            facts.Add($"{values["yearsSinceGraduation"]} years since graduation without continuous clinical work");
        }

        return facts;
    }

    private static string WaysForward(GuidanceLibrary library, StudentProfile p, Dictionary<string, string> values)
    {
        var ways = new List<string>();
        Lever[] profileLevers = [Lever.UsClinicalExperiences, Lever.UsRadiologyExperience, Lever.RadiologyLetter];
        var missing = profileLevers.Where(l => ChangeAnalyzer.Apply(p, [l]) != p).Select(l => library.Render("changes.md", "lever." + l.Id(), values)).ToList();
        if (missing.Count > 0)
        {
            values["strengthenChanges"] = AdviceComposer.JoinWords(missing);
            ways.Add(library.Render("changes.md", "way.strengthen", values));
        }

        if (p.Geography != GeographyPreference.Anywhere || !p.OpenToCommunityPrograms)
        {
            ways.Add(library.Render("changes.md", "way.widen", values));
        }

        ways.Add(library.Render("changes.md", "way.beyond-four", values));
        return ways.Count == 1 ? ways[0] : string.Join("; ", ways.Take(ways.Count - 1)) + "; or " + ways[^1];
    }

    /// <summary>What SOAP may offer that this student would take: the open primary-care backups, and a preliminary year only if they would do one.</summary>
    private static List<string> SoapOptions(StudentProfile p)
    {
        var options = new[] { SpecialtyId.InternalMedicine, SpecialtyId.FamilyMedicine }
            .Where(s => !p.WouldNotPractice.Contains(s)).Select(s => s.Name()).ToList();
        if (p.WillingToDoExtraYear)
        {
            options.Add("a preliminary year");
        }

        return options;
    }

    private static IEnumerable<string> ReapplicantChanges(StudentProfile p)
    {
        yield return "reapply.list";
        if (!p.OpenToCommunityPrograms)
        {
            yield return "reapply.community";
        }

        if (p.Geography != GeographyPreference.Anywhere)
        {
            yield return "reapply.regions";
        }

        if (SpecialtyIds.All.Any(s => !p.WouldNotPractice.Contains(s)))
        {
            yield return p.DualAppliedLastCycle == true ? "reapply.backup-again" : "reapply.backup";
        }

        if (p.HasFewUsClinicalExperiences || !p.UsRadiologyExperience || p.LacksRadiologyLetter || p.HasGraduationGap)
        {
            yield return "reapply.profile";
        }
    }
}
