using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Season;
using static ResidencyAdvisor.Discord.Rendering.Components;

namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>The recommendation and the guidance sections as embeds, with a button for every section.</summary>
internal static class ResultRenderer
{
    public static IEnumerable<EmbedBlock> Result(AdviceReport report, ChatLabels labels)
    {
        var r = report.Recommendation;
        var badges = $"**{labels[ChatLabel.BackupSpecialty]}:** {labels.Words(r.BackupNeed)} · **{labels[ChatLabel.ScoreBand]}:** {labels.Words(r.ScoreBand)}";
        var checklists = string.Join("\n", report.Checklists.Select(c => $"**{c.Title}: {c.Tally}**\n" + string.Join("\n", c.Compact)));
        var reasons = string.Join("\n", report.Reasons.Select(x => "- " + x));
        // What would change this shares the recommendation's embed: a message holds at most ten embeds.
        var changes = $"**{labels[ChatLabel.WhatWouldChange]}**\n" + string.Join("\n", report.WhatWouldChange.Lines.Select(l => "- " + l));
        yield return new EmbedBlock(labels[ChatLabel.ResultTitle],
            $"{report.Headline}\n{badges}\n\n{checklists}\n\n**{labels[ChatLabel.Why]}**\n{reasons}\n\n{changes}");
        yield return new EmbedBlock(labels[ChatLabel.YourPlan], string.Join("\n\n", report.Plan) + "\n\n" + report.ContingencyLine);
        foreach (var backup in report.Backups)
        {
            var title = backup.Interested ? $"{report.BackupLabel}: {backup.Name} {labels[ChatLabel.YoureInterested]}" : $"{report.BackupLabel}: {backup.Name}";
            yield return new EmbedBlock(title, $"{backup.Why}\n\n**{labels[ChatLabel.Challenges]}:** {backup.Challenges}\n\n"
                + $"**{labels[ChatLabel.WhoShouldConsider]}:** {backup.WhoShouldConsider}");
        }

        var others = report.OtherBackupsLine.Length > 0 ? report.OtherBackupsLine + "\n\n" : "";
        if (report.BackupToPrepare.Count > 0)
        {
            others += labels[ChatLabel.PickBackupPrompt] + "\n\n";
        }

        yield return new EmbedBlock(null, others + labels[ChatLabel.OpenSectionHint]);
    }

    public static IEnumerable<EmbedBlock> Section(GuidanceSection section)
    {
        yield return new EmbedBlock(section.Title, "");
        foreach (var item in section.Items)
        {
            yield return new EmbedBlock(item.Heading, item.Text);
        }
    }

    /// <summary>
    /// One button per section (the open one highlighted); on the recommendation the backups to prepare for and the
    /// season's plan, checklist and reminders; then Start over and Forget my answers.
    /// </summary>
    public static List<ComponentPayload> Buttons(AdviceReport report, ChatLabels labels, string sessionId, int turn, string? openSection)
    {
        var buttons = report.Sections.Select(s => Button(
            Label(s, labels), new CustomId(ControlAction.Section, sessionId, turn, s.Id),
            s.Id == openSection ? ComponentTypes.Primary : ComponentTypes.Secondary)).ToList();
        if (openSection is not null)
        {
            buttons.Add(Button(labels[ChatLabel.BackToMyRecommendation], new CustomId(ControlAction.ShowResult, sessionId, turn), ComponentTypes.Success));
        }
        else
        {
            // Picking a backup answers the interest question the student left empty; the result comes back for it.
            buttons.AddRange(report.BackupToPrepare.Select(s => Button(
                labels.Format(ChatLabel.PrepareMeFor, ("specialty", s.Name())),
                new CustomId(ControlAction.Answer, sessionId, turn, Step.BackupInterests.Id(), s.Id()), ComponentTypes.Primary)));
            buttons.AddRange(SeasonButtons.ForResult(labels, sessionId, turn));
        }

        buttons.Add(Button(labels[ChatLabel.StartOver], new CustomId(ControlAction.Restart, sessionId, turn)));
        buttons.Add(Button(labels[ChatLabel.ForgetMyAnswers], new CustomId(ControlAction.Forget, sessionId, turn), ComponentTypes.Danger));
        return [.. Rows(buttons).Take(DiscordLimits.ActionRows)];
    }

    private static string Label(GuidanceSection section, ChatLabels labels) => section.Id == GuidanceSectionIds.Interview
        ? labels.Format(ChatLabel.InterviewSection, ("section", section.Title))
        : section.Title;
}
