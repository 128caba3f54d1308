using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Slack.Interactions;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Slack.BlockKit;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>The recommendation: headline, reasons, backups and contingencies, then the guidance section buttons.</summary>
internal static class ResultRenderer
{
    public static (List<Block> Body, List<Block> Tail, string Fallback) Render(AdviceReport report, ChatLabels labels, string sessionId, int turn)
    {
        List<Block> body =
        [
            Blocks.Header(labels[ChatLabel.ResultTitle], "title"),
            .. Blocks.Sections(Mrkdwn.Bold(report.Headline), "headline"),
        ];
        var r = report.Recommendation;
        body.AddRange(Blocks.Sections($"{Heading(labels, ChatLabel.BackupSpecialty)} {labels.Words(r.BackupNeed)} · {Heading(labels, ChatLabel.ScoreBand)} {labels.Words(r.ScoreBand)}", "badges"));
        body.AddRange(Blocks.Sections(string.Join("\n\n", report.Checklists.Select(c =>
            $"*{Mrkdwn.Escape(c.Title)}: {c.Tally}*\n" + string.Join("\n", c.Compact.Select(Mrkdwn.Escape)))), "checklists"));
        if (report.Reasons.Count > 0)
        {
            body.AddRange(Blocks.Sections(Mrkdwn.Bold(labels[ChatLabel.Why]) + "\n" + string.Join("\n\n", report.Reasons.Select(r => "• " + Mrkdwn.Escape(r))), "reasons"));
        }

        body.AddRange(Blocks.Sections(Mrkdwn.Bold(labels[ChatLabel.WhatWouldChange]) + "\n" + string.Join("\n\n", report.WhatWouldChange.Lines.Select(l => "• " + Mrkdwn.Escape(l))), "what-would-change"));
        foreach (var backup in report.Backups)
        {
            var interested = backup.Interested ? " " + Mrkdwn.Escape(labels[ChatLabel.InterestsYou]) : "";
            var text = $"{Mrkdwn.Bold(backup.Name)}{interested}\n{Mrkdwn.FromGuidance(backup.Why)}\n\n{Heading(labels, ChatLabel.Challenges)} "
                + $"{Mrkdwn.FromGuidance(backup.Challenges)}\n\n{Heading(labels, ChatLabel.WhoShouldConsider)} {Mrkdwn.FromGuidance(backup.WhoShouldConsider)}";
            body.Add(new DividerBlock("backup-divider-" + backup.Id));
            body.AddRange(Blocks.Sections(text, "backup-" + backup.Id));
        }

        if (report.OtherBackupsLine.Length > 0)
        {
            body.AddRange(Blocks.Sections(Mrkdwn.Escape(report.OtherBackupsLine), "other-backups"));
        }

        body.AddRange(Blocks.Sections(Mrkdwn.Bold(labels[ChatLabel.YourPlan]) + "\n" + string.Join("\n\n", report.Plan.Select(Mrkdwn.FromGuidance))
            + "\n\n" + Mrkdwn.Escape(report.ContingencyLine), "plan"));

        List<Block> tail = [];
        if (report.BackupToPrepare.Count > 0)
        {
            // Picking a backup answers the interest question the student left empty; the result comes back for it.
            tail.Add(Blocks.Context(Mrkdwn.Escape(labels[ChatLabel.PickBackupPrompt]), "pick-hint"));
            tail.Add(new ActionsBlock(
                [.. report.BackupToPrepare.Select(s => Blocks.Button(labels.Format(ChatLabel.PrepareMeFor, ("specialty", s.Name())),
                    ActionIds.Build(ControlAction.Answer, sessionId, turn, Step.BackupInterests.Id(), s.Id()), s.Id()))], "pick-backup"));
        }

        tail.AddRange(
        [
            Blocks.Context(Mrkdwn.Escape(labels[ChatLabel.GuidanceHint] + " " + labels[ChatLabel.SeasonHint]), "guidance-hint"),
            GuidanceButtons.Render(report, labels, sessionId, turn, withBackToResult: false),
            SeasonRenderer.Buttons(labels, sessionId, turn),
        ]);
        return (body, tail, labels[ChatLabel.ResultTitle] + ": " + report.Headline);
    }

    /// <summary>A label in bold with its colon, as "*Challenges:*".</summary>
    private static string Heading(ChatLabels labels, ChatLabel label) => Mrkdwn.Bold(labels[label] + ":");
}
