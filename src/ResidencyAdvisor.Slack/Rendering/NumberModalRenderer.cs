using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Interactions;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>The modal that asks for a number; its submission is checked before the modal is allowed to close.</summary>
internal static class NumberModalRenderer
{
    public static ModalView Render(string question, NumberModalMetadata metadata) => new(
        TextObject.Plain("Your answer"),
        TextObject.Plain("Save"),
        TextObject.Plain("Cancel"),
        [
            Blocks.Section(Mrkdwn.Escape(LabelFitter.Fit(question, BlockKitLimits.SectionText - 10)), "question"),
            new InputBlock(TextObject.Plain($"A whole number from {metadata.Min} to {metadata.Max}"),
                new PlainTextInputElement(ActionIds.NumberInputAction, TextObject.Plain("e.g. " + metadata.Min)), ActionIds.NumberInputBlock),
        ],
        ActionIds.NumberModal,
        ActionIds.Metadata(metadata));
}
