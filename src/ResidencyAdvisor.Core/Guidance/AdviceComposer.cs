using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>Runs the engine and fills the guidance templates for one student.</summary>
public sealed class AdviceComposer(GuidanceLibrary library)
{
    public AdviceReport Compose(StudentProfile profile)
    {
        var r = RecommendationEngine.Recommend(profile, library.Rules);
        var values = TemplateValues.For(library, profile, r);
        // Full profiles for the fields the student applies to (a radiology-only student: the plan B fields they named);
        // the rest of the ranking is listed by name.
        var profiled = r.BackupSpecialties.Where(s => r.Path == ApplicationPath.DualApply ? r.AppliedBackups.Contains(s) : profile.BackupInterests.Contains(s)).ToList();
        return new AdviceReport(
            profile,
            r,
            library.Render("plan.md", HeadlineKey(r), values),
            [.. r.Reasons.Select(reason => Reason(reason, values))],
            [.. profiled.Select(s => Backup(s, profile, r.ScoreBand))],
            [.. r.BackupSpecialties.Except(profiled)],
            [Checklist("path-a", r.PathA), Checklist("path-b", r.PathB)],
            [.. Plan(r, values)],
            [.. r.Contingencies.Select(c => new ContingencyAdvice(c, c.Id(), library.Render("contingencies.md", "title." + c.Id(), Empty), library.Render("contingencies.md", c.Id(), values)))],
            new GuidanceSections(library, values, profile, r).All(),
            ChangeAdviceWriter.Write(library, r, values),
            library.Labels);
    }

    private string Reason(Reason reason, Dictionary<string, string> values)
    {
        var text = library.Render("reasons.md", reason.Key, values);
        return reason.RaisedTo is { } need
            ? text + " " + library.Render("reasons.md", "raised", new Dictionary<string, string>(values, StringComparer.Ordinal) { ["newNeed"] = library.Labels.Words(need) })
            : text;
    }

    private PathChecklist Checklist(string key, IReadOnlyList<ChecklistResult> items) =>
        new(library.Render("checklists.md", key, Empty), [.. items.Select(i => new ChecklistLine(i.Id, library.Render("checklists.md", i.Id, Empty), i.Holds))]);

    private IEnumerable<string> Plan(Recommendation r, Dictionary<string, string> values)
    {
        if (r.AppliedBackups.Count > 0)
        {
            yield return library.Render("plan.md", r.AppliedBackups.Count > 1 ? "dual.two" : "dual.one", values);
        }

        yield return library.Render("plan.md", "pgy1", values);
    }

    private static readonly Dictionary<string, string> Empty = [];

    private BackupAdvice Backup(SpecialtyId s, StudentProfile p, ScoreBand band)
    {
        var who = library.Render("specialties.md", s.Id() + ".who", Empty);
        if (s is SpecialtyId.InternalMedicine or SpecialtyId.FamilyMedicine)
        {
            // The usual advice ties these two fields to scores (mid-range; passing), so speak to the student's band.
            who += " " + library.Render("specialties.md", $"{s.Id()}.band.{band.Id()}", Empty);
        }

        return new BackupAdvice(s, s.Id(), s.TitleName(), p.BackupInterests.Contains(s),
            library.Render("specialties.md", s.Id() + ".why", Empty),
            library.Render("specialties.md", s.Id() + ".challenges", Empty),
            who);
    }

    /// <summary>The key of the decision in one line ({appliedBackups} names every specialty the guidance prepares documents for).</summary>
    private static string HeadlineKey(Recommendation r) => r.Path switch
    {
        ApplicationPath.DualApply => "headline.dual-apply",
        _ when r.NoAcceptableBackup && r.BackupNeed == BackupNeed.Optional => "headline.by-choice.no-backup",
        _ when r.NoAcceptableBackup => "headline.by-choice",
        _ when r.RadiologyOnlyWithBackupRecommended => "headline.backup-still-recommended",
        _ => "headline.radiology-only",
    };

    /// <summary>"a", "a and b", "a, b and c" (or "or" in place of "and").</summary>
    public static string JoinWords(IReadOnlyList<string> words, string conjunction = "and") => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + $" {conjunction} " + words[^1],
    };
}
