using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Interactions;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>Every answer with a Change button, then "See my recommendation", Start over and Forget my answers.</summary>
internal static class SummaryRenderer
{
    public const string Fallback = "Check your answers: change any of them, or see your recommendation.";

    public static List<Block> Render(SummaryView summary, string sessionId, int turn)
    {
        List<Block> blocks =
        [
            Blocks.Header("Check your answers", "title"),
            Blocks.Section("Here is everything you told me. Change any answer, or see your recommendation.", "intro"),
        ];
        foreach (var line in summary.Lines)
        {
            var change = Blocks.Button("Change", ActionIds.Build(ControlAction.Edit, sessionId, turn, line.StepId), line.StepId);
            blocks.Add(new SectionBlock(
                TextObject.Markdown(LabelFitter.Fit($"{Mrkdwn.Bold(line.Title)}\n{Mrkdwn.Escape(line.Answer)}", BlockKitLimits.SectionText)),
                "line-" + line.StepId, Accessory: change));
        }

        blocks.Add(new ActionsBlock(
        [
            Blocks.Button("See my recommendation", ActionIds.Build(ControlAction.Confirm, sessionId, turn), style: "primary"),
            .. Blocks.RestartAndForget(sessionId, turn, "Start over"),
        ], "nav"));
        return blocks;
    }
}
