using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Interactions;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>The row under the recommendation and every section: one button per guidance section, Start over, Forget my answers.</summary>
internal static class GuidanceButtons
{
    public static ActionsBlock Render(AdviceReport report, ChatLabels labels, string sessionId, int turn, bool withBackToResult)
    {
        var sections = report.Sections.Select(s => Blocks.Button(s.Title, ActionIds.Build(ControlAction.Section, sessionId, turn, s.Id), s.Id));
        var back = withBackToResult
            ? [Blocks.Button(labels[ChatLabel.BackToRecommendation], ActionIds.Build(ControlAction.ShowResult, sessionId, turn))]
            : Array.Empty<ButtonElement>();
        return new ActionsBlock(
        [
            .. sections.Take(BlockKitLimits.ActionsElements - 3),
            .. back,
            .. Blocks.RestartAndForget(labels, ChatLabel.StartOver, sessionId, turn),
        ], "guidance");
    }
}
