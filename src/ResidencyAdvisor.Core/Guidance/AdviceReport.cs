using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>The whole answer for one student: the decision in words, with every guidance section filled in.</summary>
public sealed record AdviceReport(
    StudentProfile Profile,
    Recommendation Recommendation,
    string Headline,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<BackupAdvice> Backups,
    IReadOnlyList<ContingencyAdvice> Contingencies,
    IReadOnlyList<GuidanceSection> Sections)
{
    public GuidanceSection? Section(string id) => Sections.FirstOrDefault(s => s.Id == id);

    /// <summary>The tailored answer to "Are you dual applying?".</summary>
    public string AreYouDualApplying => Section(GuidanceSectionIds.Interview)!.Item("areYouDualApplying")!.Text;
}
