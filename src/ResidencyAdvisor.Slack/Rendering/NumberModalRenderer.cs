using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Interactions;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>
/// The modal that asks for a number, worded from Core's prompt; Core checks the submission, and a refused number is
/// shown on the input as a field error while the modal stays open.
/// </summary>
internal static class NumberModalRenderer
{
    public static ModalView Render(Prompt prompt, NumberModalMetadata metadata, StudentNotices notices)
    {
        var range = prompt.Range;
        var label = notices.NumberLabel(range);
        return new ModalView(
            TextObject.Plain("Your answer"),
            TextObject.Plain("Save"),
            TextObject.Plain("Cancel"),
            [
                Blocks.Section(Mrkdwn.Escape(LabelFitter.Fit($"{prompt.Progress}: {prompt.Text}", BlockKitLimits.SectionText - 10)), "question"),
                new InputBlock(TextObject.Plain(label),
                    new PlainTextInputElement(ActionIds.NumberInputAction, TextObject.Plain("e.g. " + (range?.Min ?? 0))), ActionIds.NumberInputBlock),
            ],
            ActionIds.NumberModal,
            ActionIds.Metadata(metadata));
    }
}
