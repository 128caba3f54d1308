using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>Runs the engine and fills the guidance templates for one student.</summary>
public sealed class AdviceComposer(GuidanceLibrary library)
{
    public AdviceReport Compose(StudentProfile profile)
    {
        var recommendation = RecommendationEngine.Recommend(profile);
        var values = TemplateValues.For(library, profile, recommendation);
        return new AdviceReport(
            profile,
            recommendation,
            Headline(recommendation),
            [.. recommendation.ReasonKeys.Select(k => library.Render("reasons.md", k, values))],
            [.. recommendation.BackupSpecialties.Select(s => Backup(s, profile, recommendation.ScoreBand))],
            [.. recommendation.Contingencies.Select(c => new ContingencyAdvice(c, c.Id(), ContingencyTitle(c), library.Render("contingencies.md", c.Id(), values)))],
            new GuidanceSections(library, values, profile, recommendation).All(),
            ChangeAdviceWriter.Write(library, recommendation, values));
    }

    private BackupAdvice Backup(SpecialtyId s, StudentProfile p, ScoreBand band)
    {
        var empty = new Dictionary<string, string>();
        var who = library.Render("specialties.md", s.Id() + ".who", empty);
        if (s is SpecialtyId.InternalMedicine or SpecialtyId.FamilyMedicine)
        {
            // The usual advice ties these two fields to scores (mid-range; passing), so speak to the student's band.
            who += " " + library.Render("specialties.md", $"{s.Id()}.band.{band.Id()}", empty);
        }

        return new BackupAdvice(s, s.Id(), s.TitleName(), p.BackupInterests.Contains(s),
            library.Render("specialties.md", s.Id() + ".why", empty),
            library.Render("specialties.md", s.Id() + ".challenges", empty),
            who);
    }

    private static string Headline(Recommendation r) => r.Path switch
    {
        ApplicationPath.DualApply => $"Dual apply: diagnostic radiology plus {r.TopBackup!.Value.Name()}",
        _ when r.NoAcceptableBackup && r.BackupNeed == BackupNeed.Optional => "Radiology only, by your choice, with no backup specialty to fall back on",
        _ when r.NoAcceptableBackup => $"Radiology only, by your choice, although a backup is {r.BackupNeed.Words()} for you",
        _ => "Apply to diagnostic radiology only, with a long-term plan B ready",
    };

    private static string ContingencyTitle(Contingency c) => c switch
    {
        Contingency.TransitionalOrPreliminaryYear => "Transitional or preliminary year",
        Contingency.ResearchYear => "Research year",
        Contingency.ReapplicationPlan => "Reapplication plan",
        _ => "SOAP",
    };

    /// <summary>"a", "a and b", "a, b and c" (or "or" in place of "and").</summary>
    public static string JoinWords(IReadOnlyList<string> words, string conjunction = "and") => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + $" {conjunction} " + words[^1],
    };
}
