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
    public static IEnumerable<EmbedBlock> Result(AdviceReport report)
    {
        var r = report.Recommendation;
        var badges = $"**Backup specialty:** {r.BackupNeed.Words()} · **Score band:** {r.ScoreBand.Words()}";
        var checklists = string.Join("\n", report.Checklists.Select(c => $"**{c.Title}: {c.Tally}**\n" + string.Join("\n", c.Compact)));
        var reasons = string.Join("\n", report.Reasons.Select(x => "- " + x));
        // What would change this shares the recommendation's embed: a message holds at most ten embeds.
        var changes = $"**{ChangeAdvice.Title}**\n" + string.Join("\n", report.WhatWouldChange.Lines.Select(l => "- " + l));
        yield return new EmbedBlock("Your recommendation", $"{report.Headline}\n{badges}\n\n{checklists}\n\n**Why**\n{reasons}\n\n{changes}");
        yield return new EmbedBlock("Your plan", string.Join("\n\n", report.Plan) + "\n\n" + report.ContingencyLine);
        foreach (var backup in report.Backups)
        {
            var title = backup.Interested ? $"{report.BackupLabel}: {backup.Name} (you're interested)" : $"{report.BackupLabel}: {backup.Name}";
            yield return new EmbedBlock(title, $"{backup.Why}\n\n**Challenges:** {backup.Challenges}\n\n**Who should consider it:** {backup.WhoShouldConsider}");
        }

        var others = report.OtherBackupsLine.Length > 0 ? report.OtherBackupsLine + "\n\n" : "";
        if (report.BackupToPrepare.Count > 0)
        {
            others += AdviceReport.PickPrompt + "\n\n";
        }

        yield return new EmbedBlock(null, others + "Open a section below for tailored guidance, including your answer to \"Are you dual applying?\".");
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
    public static List<ComponentPayload> Buttons(AdviceReport report, string sessionId, int turn, string? openSection)
    {
        var buttons = report.Sections.Select(s => Button(
            Label(s), new CustomId(ControlAction.Section, sessionId, turn, s.Id),
            s.Id == openSection ? ComponentTypes.Primary : ComponentTypes.Secondary)).ToList();
        if (openSection is not null)
        {
            buttons.Add(Button("Back to my recommendation", new CustomId(ControlAction.ShowResult, sessionId, turn), ComponentTypes.Success));
        }
        else
        {
            // Picking a backup answers the interest question the student left empty; the result comes back for it.
            buttons.AddRange(report.BackupToPrepare.Select(s => Button(
                "Prepare me for " + s.Name(), new CustomId(ControlAction.Answer, sessionId, turn, Step.BackupInterests.Id(), s.Id()), ComponentTypes.Primary)));
            buttons.AddRange(SeasonButtons.ForResult(sessionId, turn));
        }

        buttons.Add(Button("Start over", new CustomId(ControlAction.Restart, sessionId, turn)));
        buttons.Add(Button("Forget my answers", new CustomId(ControlAction.Forget, sessionId, turn), ComponentTypes.Danger));
        return [.. Rows(buttons).Take(DiscordLimits.ActionRows)];
    }

    private static string Label(GuidanceSection section) => section.Id == GuidanceSectionIds.Interview
        ? $"{section.Title} (incl. \"Are you dual applying?\")"
        : section.Title;
}
