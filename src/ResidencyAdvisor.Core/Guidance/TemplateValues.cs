using System.Globalization;
using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>The placeholder values for one student: their answers in words, counted right, and phrases built from content fragments.</summary>
internal static class TemplateValues
{
    public static Dictionary<string, string> For(GuidanceLibrary library, StudentProfile p, Recommendation r)
    {
        var values = Facts(p);
        values["backupNeed"] = r.BackupNeed.Words();
        values["weaknesses"] = AdviceComposer.JoinWords([.. r.WeaknessKeys.Select(k => library.Render("reasons.md", k, values))]);
        values["topBackup"] = r.TopBackup?.Name() ?? "";
        values["appliedBackups"] = AdviceComposer.JoinWords([.. AppliedBackups(r, p).Select(s => s.Name())]);
        values["excludedList"] = AdviceComposer.JoinWords([.. p.WouldNotPractice.Select(s => s.Name())]);
        values["planBList"] = AdviceComposer.JoinWords([.. r.BackupSpecialties.Select(s => s.Name())]);
        values["planBFields"] = library.Render("match-outcomes.md", r.BackupSpecialties.Count > 0 ? "plan-b.fields" : "plan-b.none", values);
        values["dualBecause"] = AdviceComposer.JoinWords([.. DualBecause(p).Select(k => library.Render("reasons.md", k, values))]);
        values["waysForward"] = WaysForward(library, p, r, values);
        values["soapOptions"] = AdviceComposer.JoinWords(SoapOptions(p), "or");
        values["soapOpenings"] = library.Render("contingencies.md", SoapOptions(p).Count > 0 ? "soap.openings" : "soap.openings.none", values);
        values["fallbackPlan"] = library.Render("interview.md", p.WillingToDoExtraYear ? "fallback.extra-year" : "fallback.no-extra-year", values);
        values["reapplicantChanges"] = AdviceComposer.JoinWords([.. ReapplicantChanges(p, r).Select(k => library.Render("changes.md", k, values))]);
        return values;
    }

    /// <summary>The backups the student applies to: the top one, and the second too when they are interested in both.</summary>
    public static IReadOnlyList<SpecialtyId> AppliedBackups(Recommendation r, StudentProfile p) =>
        r.Path != ApplicationPath.DualApply ? []
        : r.BackupSpecialties.Count > 1 && p.BackupInterests.Contains(r.BackupSpecialties[1]) ? [.. r.BackupSpecialties.Take(2)]
        : [.. r.BackupSpecialties.Take(1)];

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

    private static IEnumerable<string> DualBecause(StudentProfile p)
    {
        if (p.Geography == GeographyPreference.PreferredRegions)
        {
            yield return "because.preferred-regions";
        }

        if (!p.WillingToDoExtraYear)
        {
            yield return "because.no-extra-year";
        }

        if (!p.ComfortableWithUnmatchedRisk)
        {
            yield return "because.risk";
        }
    }

    private static string WaysForward(GuidanceLibrary library, StudentProfile p, Recommendation r, Dictionary<string, string> values)
    {
        var ways = new List<string>();
        if (r.WeaknessKeys.Count > 0)
        {
            Lever[] profileLevers = [Lever.UsClinicalExperiences, Lever.UsRadiologyExperience, Lever.RadiologyLetter];
            var missing = profileLevers.Where(l => ChangeAnalyzer.Apply(p, [l]) != p).Select(l => library.Render("changes.md", "lever." + l.Id(), values));
            values["strengthenChanges"] = AdviceComposer.JoinWords([.. missing]);
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

    private static IEnumerable<string> ReapplicantChanges(StudentProfile p, Recommendation r)
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

        if (r.Path == ApplicationPath.DualApply)
        {
            yield return "reapply.backup";
        }

        if (r.WeaknessKeys.Count > 0 || p.HasGraduationGap)
        {
            yield return "reapply.profile";
        }
    }
}
