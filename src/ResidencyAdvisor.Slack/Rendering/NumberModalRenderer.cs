using System.Globalization;
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
    public static ModalView Render(Prompt prompt, NumberModalMetadata metadata, AdvisorContent content)
    {
        var range = prompt.Range;
        var labels = content.Labels;
        var example = labels.Format(ChatLabel.NumberFormExample, ("example", (range?.Min ?? 0).ToString(CultureInfo.InvariantCulture)));
        return new ModalView(
            TextObject.Plain(LabelFitter.Fit(labels[ChatLabel.NumberFormTitle], BlockKitLimits.ModalTitle)),
            TextObject.Plain(LabelFitter.Fit(labels[ChatLabel.NumberFormSave], BlockKitLimits.ModalButton)),
            TextObject.Plain(LabelFitter.Fit(labels[ChatLabel.NumberFormCancel], BlockKitLimits.ModalButton)),
            [
                Blocks.Section(Mrkdwn.Escape(LabelFitter.Fit($"{prompt.Progress}: {prompt.Text}", BlockKitLimits.SectionText - 10)), "question"),
                new InputBlock(TextObject.Plain(content.Notices.NumberLabel(range)),
                    new PlainTextInputElement(ActionIds.NumberInputAction, TextObject.Plain(example)), ActionIds.NumberInputBlock),
            ],
            ActionIds.NumberModal,
            ActionIds.Metadata(metadata));
    }
}
