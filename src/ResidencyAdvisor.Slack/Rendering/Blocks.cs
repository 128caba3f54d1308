using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Interactions;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>Small block builders that fit every text to its Block Kit limit.</summary>
internal static class Blocks
{
    public static HeaderBlock Header(string text, string blockId) =>
        new(TextObject.Plain(LabelFitter.Fit(text, BlockKitLimits.HeaderText)), blockId);

    public static SectionBlock Section(string mrkdwn, string blockId) =>
        new(TextObject.Markdown(LabelFitter.Fit(mrkdwn, BlockKitLimits.SectionText)), blockId);

    /// <summary>Long mrkdwn as as many sections as it takes, split between paragraphs or sentences, never inside one.</summary>
    public static IEnumerable<SectionBlock> Sections(string mrkdwn, string blockIdPrefix)
    {
        var chunks = TextSplitter.Split(mrkdwn, BlockKitLimits.SectionText);
        for (var i = 0; i < chunks.Count; i++)
        {
            yield return new SectionBlock(TextObject.Markdown(chunks[i]), i == 0 ? blockIdPrefix : $"{blockIdPrefix}-{i}");
        }
    }

    public static ContextBlock Context(string mrkdwn, string blockId) =>
        new([TextObject.Markdown(LabelFitter.Fit(mrkdwn, BlockKitLimits.SectionText))], blockId);

    public static ButtonElement Button(string label, string actionId, string? value = null, string? style = null) =>
        new(TextObject.Plain(LabelFitter.Fit(label, BlockKitLimits.ButtonText)), actionId, value, style);

    /// <summary>A select's placeholder, held to a button's length as the checks in <see cref="BlockKitLimits"/> are.</summary>
    public static TextObject Placeholder(string text) => TextObject.Plain(LabelFitter.Fit(text, BlockKitLimits.ButtonText));

    public static OptionObject Option(string label, string value, string? description = null) =>
        new(TextObject.Plain(LabelFitter.Fit(label, BlockKitLimits.OptionText)), value,
            string.IsNullOrEmpty(description) ? null : TextObject.Plain(LabelFitter.Fit(description, BlockKitLimits.OptionDescription)));

    /// <summary>Start over and Forget my answers, offered on every message that has controls.</summary>
    public static IEnumerable<ButtonElement> RestartAndForget(ChatLabels labels, ChatLabel restart, string sessionId, int turn)
    {
        yield return Button(labels[restart], ActionIds.Build(ControlAction.Restart, sessionId, turn));
        yield return Button(labels[ChatLabel.ForgetMyAnswers], ActionIds.Build(ControlAction.Forget, sessionId, turn), style: "danger");
    }
}
