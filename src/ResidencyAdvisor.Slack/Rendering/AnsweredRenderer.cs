using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Slack.BlockKit;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>What a question's message becomes once it is answered: the question and the answer, no buttons left.</summary>
internal static class AnsweredRenderer
{
    public static SlackMessage Render(string question, string outcome, ChatLabels labels)
    {
        var text = string.IsNullOrWhiteSpace(question) ? labels[ChatLabel.AnsweredQuestion] : question;
        return new SlackMessage(BlockKitLimits.Fallback($"{text} ({outcome})"),
        [
            Blocks.Section(Mrkdwn.Escape(LabelFitter.Fit(text, BlockKitLimits.SectionText - 10)), "answered-question"),
            Blocks.Context(":white_check_mark: " + Mrkdwn.Escape(outcome), "answered"),
        ]);
    }
}
