using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Interactions;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>Every answer with a Change button, then "See my recommendation", Start over and Forget my answers.</summary>
internal static class SummaryRenderer
{
    public static List<Block> Render(SummaryView summary, ChatLabels labels, string sessionId, int turn)
    {
        List<Block> blocks =
        [
            Blocks.Header(labels[ChatLabel.SummaryTitle], "title"),
            Blocks.Section(Mrkdwn.Escape(labels[ChatLabel.SummaryIntro]), "intro"),
        ];
        foreach (var line in summary.Lines)
        {
            var change = Blocks.Button(labels[ChatLabel.ChangeAnswer], ActionIds.Build(ControlAction.Edit, sessionId, turn, line.StepId), line.StepId);
            blocks.Add(new SectionBlock(
                TextObject.Markdown(LabelFitter.Fit($"{Mrkdwn.Bold(line.Title)}\n{Mrkdwn.Escape(line.Answer)}", BlockKitLimits.SectionText)),
                "line-" + line.StepId, Accessory: change));
        }

        blocks.Add(new ActionsBlock(
        [
            Blocks.Button(labels[ChatLabel.SeeMyRecommendation], ActionIds.Build(ControlAction.Confirm, sessionId, turn), style: "primary"),
            .. Blocks.RestartAndForget(labels, ChatLabel.StartOver, sessionId, turn),
        ], "nav"));
        return blocks;
    }
}
