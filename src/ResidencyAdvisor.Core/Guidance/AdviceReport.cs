using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>
/// The whole answer for one student: the decision in words, with every guidance section filled in, and the fixed words
/// (config/labels.json) it was written with, so a document made of it later heads it with the same words.
/// </summary>
public sealed record AdviceReport(
    StudentProfile Profile,
    Recommendation Recommendation,
    string Headline,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<BackupAdvice> Backups,
    IReadOnlyList<SpecialtyId> OtherBackups,
    IReadOnlyList<PathChecklist> Checklists,
    IReadOnlyList<string> Plan,
    IReadOnlyList<ContingencyAdvice> Contingencies,
    IReadOnlyList<GuidanceSection> Sections,
    ChangeAdvice WhatWouldChange,
    ChatLabels Labels)
{
    private bool Dual => Recommendation.Path == ApplicationPath.DualApply;

    public GuidanceSection? Section(string id) => Sections.FirstOrDefault(s => s.Id == id);

    /// <summary>The tailored answer to "Are you dual applying?".</summary>
    public string AreYouDualApplying => Section(GuidanceSectionIds.Interview)!.Item("areYouDualApplying")!.Text;

    /// <summary>The heading over the specialties: backups to apply to, or a radiology-only student's long-term plan B.</summary>
    public string BackupsHeading => Labels[Dual ? ChatLabel.BackupsHeading : ChatLabel.PlanBHeading];

    /// <summary>The label before one specialty's name in a title ("Backup: Neurology").</summary>
    public string BackupLabel => Labels[Dual ? ChatLabel.BackupLabel : ChatLabel.PlanBLabel];

    /// <summary>The ranked fields with no profile shown ("Also open to you: neurology"), or empty.</summary>
    public string OtherBackupsLine => OtherBackups.Count == 0 ? ""
        : Labels.Format(Dual ? ChatLabel.OtherBackups : ChatLabel.OtherPlanBFields, ("fields", AdviceComposer.JoinWords(
            [.. OtherBackups.Select(s => Profile.BackupInterests.Contains(s) ? s.Name() + " " + Labels[ChatLabel.YoureInterested] : s.Name())])));

    /// <summary>
    /// The ranked backups a dual applicant who named no interest may pick to prepare for; empty once they have one.
    /// Until they pick, every sample speaks conditionally.
    /// </summary>
    public IReadOnlyList<SpecialtyId> BackupToPrepare => Dual && Profile.BackupInterests.Count == 0 ? Recommendation.BackupSpecialties : [];

    /// <summary>The contingencies in one line for the chat; their text is under "A plan for every Match outcome".</summary>
    public string ContingencyLine => Labels.Format(ChatLabel.ContingencyLine, ("contingencies", string.Join(" · ", Contingencies.Select(c => c.Title))));
}

/// <summary>One of the article's two checklists, ticked from the student's answers.</summary>
public sealed record PathChecklist(string Title, IReadOnlyList<ChecklistLine> Lines)
{
    /// <summary>"3 of 5".</summary>
    public string Tally => $"{Lines.Count(l => l.Holds)} of {Lines.Count}";

    /// <summary>The checklist in one compact line per item: "✓ …" or "✗ …".</summary>
    public IEnumerable<string> Compact => Lines.Select(l => (l.Holds ? "\u2713 " : "\u2717 ") + l.Text);
}

/// <summary>One checklist line: its id (JSON), its wording and whether it holds for the student.</summary>
public sealed record ChecklistLine(string Id, string Text, bool Holds);
