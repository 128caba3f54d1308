using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// The student's own task list, derived from the recommendation the way the advice reads: the applications and their
/// statements, letters and CV, interviews, the rank order list, a decision about SOAP before Match Week, and a step for
/// each rule that applies and has one. The wording is config/guidance/tasks.md (its keys are in <see cref="GuidanceSchema"/>); the order and the
/// milestones are here.
/// </summary>
public sealed class SeasonTasks(GuidanceLibrary library)
{
    public const string File = "tasks.md";

    public IReadOnlyList<SeasonTask> For(AdviceReport report)
    {
        var profile = report.Profile;
        var recommendation = report.Recommendation;
        var dual = recommendation.Path == ApplicationPath.DualApply;
        var values = TemplateValues.For(library, profile, recommendation);
        var tasks = new List<SeasonTask>();

        void Add(string id, string key, string? due, IReadOnlyDictionary<string, string>? extra = null) =>
            tasks.Add(new SeasonTask(id, library.Render(File, key, extra ?? values), due));

        // Steps first: most of them take months and decide what the applications can show.
        foreach (var rule in library.Rules.Where(r => r.HasStep && r.Applies(profile)))
        {
            Add("step." + rule.Id, "step." + rule.Id, Milestones.Submit);
        }

        Add("statement.radiology", "statement.radiology", Milestones.Submit);
        Add("statement.pgy1", "statement.pgy1", Milestones.Submit);
        foreach (var backup in recommendation.AppliedBackups)
        {
            Add("statement." + backup.Id(), "statement.backup", Milestones.Submit, With(values, "specialty", backup.Name()));
        }

        Add("pgy1.apply", "pgy1.apply", Milestones.Submit);
        Add("letters.radiology", "letters.radiology", Milestones.Submit);
        foreach (var backup in recommendation.AppliedBackups)
        {
            Add("letters." + backup.Id(), "letters.backup", Milestones.Submit, With(values, "specialty", backup.Name()));
        }

        Add("letters.assign", dual ? "letters.assign.dual" : "letters.assign.radiology-only", Milestones.Submit);
        if (dual)
        {
            Add("cv", "cv.dual", Milestones.Submit);
        }
        else
        {
            Add("cv", "cv.radiology-only", Milestones.Submit);
        }

        Add("interview.rehearse", "interview.rehearse", Milestones.Review);
        Add("rol.supplemental", "rol.supplemental", Milestones.RankDeadline);
        Add("soap.decide", dual ? "soap.decide.dual" : "soap.decide.radiology-only", Milestones.MatchWeek);
        if (!dual)
        {
            Add("plan-b", "plan-b.radiology-only", null);
        }

        return tasks;
    }

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> values, string key, string value) =>
        new(values, StringComparer.Ordinal) { [key] = value };

    /// <summary>The shipped calendar's ids a task is due by; a deployment that renames them shows the task undated.</summary>
    internal static class Milestones
    {
        public const string Submit = "eras-submit";
        public const string Review = "eras-programs-review";
        public const string RankDeadline = "rol-deadline";
        public const string MatchWeek = "match-week";
    }
}
