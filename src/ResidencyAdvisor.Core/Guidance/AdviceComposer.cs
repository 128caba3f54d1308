using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>Runs the engine and fills the guidance templates for one student.</summary>
public sealed class AdviceComposer(GuidanceLibrary library)
{
    public AdviceReport Compose(StudentProfile profile)
    {
        var recommendation = RecommendationEngine.Recommend(profile);
        var values = TemplateValuesFor(profile, recommendation);
        var dual = recommendation.Path == ApplicationPath.DualApply;
        var top = recommendation.TopBackup;
        return new AdviceReport(
            profile,
            recommendation,
            Headline(recommendation),
            [.. recommendation.ReasonKeys.Select(k => library.Render("reasons.md", k, values))],
            [.. recommendation.BackupSpecialties.Select(s => Backup(s, profile))],
            [.. recommendation.Contingencies.Select(c => new ContingencyAdvice(c, c.Id(), ContingencyTitle(c), library.Render("contingencies.md", c.Id(), values)))],
            new GuidanceSections(library, values, dual, top).All());
    }

    private Dictionary<string, string> TemplateValuesFor(StudentProfile p, Recommendation r)
    {
        var weaknesses = r.WeaknessKeys.Select(k => library.Render("reasons.md", k, FactValues(p))).ToArray();
        var values = FactValues(p);
        values["weaknesses"] = JoinWords(weaknesses);
        values["topBackup"] = r.TopBackup?.Name() ?? "your backup specialty";
        values["backupList"] = JoinWords([.. r.BackupSpecialties.Select(s => s.Name())]);
        values["excludedList"] = JoinWords([.. p.WouldNotPractice.Select(s => s.Name())]);
        values["threshold"] = ScoreBands.RadiologyOnlyThreshold(p.Exam).ToString();
        return values;
    }

    private static Dictionary<string, string> FactValues(StudentProfile p) => new(StringComparer.Ordinal)
    {
        ["examName"] = ExamIds.ScoreName(p.Exam),
        ["score"] = p.Step2Score?.ToString() ?? "",
        ["examFailures"] = p.ExamFailures.ToString(),
        ["usClinicalExperiences"] = p.UsClinicalExperiences.ToString(),
        ["radiologyLetters"] = p.RadiologyLetters.ToString(),
        ["yearsSinceGraduation"] = p.YearsSinceGraduation.ToString(),
    };

    private BackupAdvice Backup(SpecialtyId s, StudentProfile p)
    {
        var empty = new Dictionary<string, string>();
        return new BackupAdvice(s, s.Id(), s.TitleName(), p.BackupInterests.Contains(s),
            library.Render("specialties.md", s.Id() + ".why", empty),
            library.Render("specialties.md", s.Id() + ".challenges", empty),
            library.Render("specialties.md", s.Id() + ".who", empty));
    }

    private static string Headline(Recommendation r) => r.Path == ApplicationPath.DualApply
        ? $"Dual apply: diagnostic radiology plus {r.TopBackup!.Value.Name()}"
        : "Apply to diagnostic radiology only, with a contingency plan ready";

    private static string ContingencyTitle(Contingency c) => c switch
    {
        Contingency.TransitionalOrPreliminaryYear => "Transitional or preliminary year",
        Contingency.ResearchYear => "Research year",
        Contingency.ReapplicationPlan => "Reapplication plan",
        _ => "SOAP",
    };

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinWords(IReadOnlyList<string> words) => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1],
    };
}
