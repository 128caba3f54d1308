using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Slack.Interactions;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Season;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>The recommendation: headline, reasons, backups and contingencies, then the guidance section buttons.</summary>
internal static class ResultRenderer
{
    public static (List<Block> Body, List<Block> Tail, string Fallback) Render(AdviceReport report, string sessionId, int turn)
    {
        List<Block> body =
        [
            Blocks.Header("Your recommendation", "title"),
            .. Blocks.Sections(Mrkdwn.Bold(report.Headline), "headline"),
        ];
        var r = report.Recommendation;
        body.AddRange(Blocks.Sections($"*Backup specialty:* {r.BackupNeed.Words()} · *Score band:* {r.ScoreBand.Words()}", "badges"));
        body.AddRange(Blocks.Sections(string.Join("\n\n", report.Checklists.Select(c =>
            $"*{Mrkdwn.Escape(c.Title)}: {c.Tally}*\n" + string.Join("\n", c.Compact.Select(Mrkdwn.Escape)))), "checklists"));
        if (report.Reasons.Count > 0)
        {
            body.AddRange(Blocks.Sections("*Why*\n" + string.Join("\n\n", report.Reasons.Select(r => "• " + Mrkdwn.Escape(r))), "reasons"));
        }

        body.AddRange(Blocks.Sections($"*{ChangeAdvice.Title}*\n" + string.Join("\n\n", report.WhatWouldChange.Lines.Select(l => "• " + Mrkdwn.Escape(l))), "what-would-change"));
        foreach (var backup in report.Backups)
        {
            var interested = backup.Interested ? " (you said it interests you)" : "";
            var text = $"{Mrkdwn.Bold(backup.Name)}{interested}\n{Mrkdwn.FromGuidance(backup.Why)}\n\n*Challenges:* "
                + $"{Mrkdwn.FromGuidance(backup.Challenges)}\n\n*Who should consider it:* {Mrkdwn.FromGuidance(backup.WhoShouldConsider)}";
            body.Add(new DividerBlock("backup-divider-" + backup.Id));
            body.AddRange(Blocks.Sections(text, "backup-" + backup.Id));
        }

        if (report.OtherBackupsLine.Length > 0)
        {
            body.AddRange(Blocks.Sections(Mrkdwn.Escape(report.OtherBackupsLine), "other-backups"));
        }

        body.AddRange(Blocks.Sections("*Your plan*\n" + string.Join("\n\n", report.Plan.Select(Mrkdwn.FromGuidance))
            + "\n\n" + Mrkdwn.Escape(report.ContingencyLine), "plan"));

        List<Block> tail = [];
        if (report.BackupToPrepare.Count > 0)
        {
            // Picking a backup answers the interest question the student left empty; the result comes back for it.
            tail.Add(Blocks.Context(AdviceReport.PickPrompt, "pick-hint"));
            tail.Add(new ActionsBlock(
                [.. report.BackupToPrepare.Select(s => Blocks.Button("Prepare me for " + s.Name(),
                    ActionIds.Build(ControlAction.Answer, sessionId, turn, Step.BackupInterests.Id(), s.Id()), s.Id()))], "pick-backup"));
        }

        tail.AddRange(
        [
            Blocks.Context("Open a section for guidance tailored to you, including how to answer \u201cAre you dual applying?\u201d. "
                + SeasonLabels.ResultHint, "guidance-hint"),
            GuidanceButtons.Render(report, sessionId, turn, withBackToResult: false),
            SeasonRenderer.Buttons(sessionId, turn),
        ]);
        return (body, tail, "Your recommendation: " + report.Headline);
    }
}
