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
    IReadOnlyList<GuidanceSection> Sections,
    ChangeAdvice WhatWouldChange)
{
    private bool Dual => Recommendation.Path == ApplicationPath.DualApply;

    public GuidanceSection? Section(string id) => Sections.FirstOrDefault(s => s.Id == id);

    /// <summary>The tailored answer to "Are you dual applying?".</summary>
    public string AreYouDualApplying => Section(GuidanceSectionIds.Interview)!.Item("areYouDualApplying")!.Text;

    /// <summary>The heading over the specialties: backups to apply to, or a radiology-only student's long-term plan B.</summary>
    public string BackupsHeading => Dual ? "Backup specialties, best fit first" : "Your long-term plan B: fields you left open";

    /// <summary>The label before one specialty's name in a title ("Backup: Neurology").</summary>
    public string BackupLabel => Dual ? "Backup" : "Plan B option";
}
