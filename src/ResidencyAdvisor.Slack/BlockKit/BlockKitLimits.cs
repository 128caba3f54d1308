using ResidencyAdvisor.Core.Text;

namespace ResidencyAdvisor.Slack.BlockKit;

/// <summary>Slack's Block Kit limits in one place: the renderer fits text to them and tests check every message.</summary>
internal static class BlockKitLimits
{
    public const int MessageBlocks = 50;
    public const int ModalBlocks = 100;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ActionsElements = 25;
    public const int ContextElements = 10;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int Id = 255;
    public const int SelectOptions = 100;
    public const int CheckboxOptions = 10;
    public const int OptionText = 75;
    public const int OptionValue = 150;
    public const int OptionDescription = 75;
    public const int ModalTitle = 24;
    public const int ModalButton = 24;
    public const int PrivateMetadata = 3000;
    public const int FallbackText = 3000;
    public const int InputLabel = 2000;

    /// <summary>The first whole sentences of a text that fit, for fallback text.</summary>
    public static string Fallback(string text) =>
        text.Length <= FallbackText ? text : TextSplitter.Split(text, FallbackText)[0];

    public static IReadOnlyList<string> Validate(SlackMessage message)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            errors.Add("fallback text missing");
        }

        Check(errors, message.Text.Length <= FallbackText, "fallback text", message.Text.Length, FallbackText);
        Check(errors, message.Blocks.Count <= MessageBlocks, "blocks in a message", message.Blocks.Count, MessageBlocks);
        ValidateBlocks(message.Blocks, errors);
        return errors;
    }

    public static IReadOnlyList<string> Validate(ModalView view)
    {
        var errors = new List<string>();
        Check(errors, view.Blocks.Count <= ModalBlocks, "blocks in a modal", view.Blocks.Count, ModalBlocks);
        Check(errors, view.Title.Text.Length <= ModalTitle, "modal title", view.Title.Text.Length, ModalTitle);
        Check(errors, view.Submit.Text.Length <= ModalButton, "modal submit", view.Submit.Text.Length, ModalButton);
        Check(errors, view.Close.Text.Length <= ModalButton, "modal close", view.Close.Text.Length, ModalButton);
        Check(errors, view.PrivateMetadata.Length <= PrivateMetadata, "private_metadata", view.PrivateMetadata.Length, PrivateMetadata);
        Check(errors, view.CallbackId.Length <= Id, "callback_id", view.CallbackId.Length, Id);
        ValidateBlocks(view.Blocks, errors);
        return errors;
    }

    private static void ValidateBlocks(IReadOnlyList<Block> blocks, List<string> errors)
    {
        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (block.BlockId is { } blockId)
            {
                Check(errors, blockId.Length <= Id, "block_id", blockId.Length, Id);
                Check(errors, blockIds.Add(blockId), $"block_id '{blockId}' unique", 2, 1);
            }

            foreach (var element in Elements(block))
            {
                Check(errors, element.ActionId.Length is > 0 and <= Id, "action_id", element.ActionId.Length, Id);
                Check(errors, actionIds.Add(element.ActionId), $"action_id '{element.ActionId}' unique", 2, 1);
                ValidateElement(element, errors);
            }

            ValidateBlock(block, errors);
        }
    }

    private static void ValidateBlock(Block block, List<string> errors)
    {
        switch (block)
        {
            case HeaderBlock header:
                CheckText(errors, header.Text, HeaderText, "header text");
                break;
            case SectionBlock section:
                Check(errors, section.Text is not null || section.Fields is { Count: > 0 }, "section with text or fields", 0, 1);
                if (section.Text is { } text)
                {
                    CheckText(errors, text, SectionText, "section text");
                }

                Check(errors, (section.Fields?.Count ?? 0) <= SectionFields, "section fields", section.Fields?.Count ?? 0, SectionFields);
                foreach (var field in section.Fields ?? [])
                {
                    CheckText(errors, field, FieldText, "section field");
                }

                break;
            case ActionsBlock actions:
                Check(errors, actions.Elements.Count is > 0 and <= ActionsElements, "elements in an actions block", actions.Elements.Count, ActionsElements);
                break;
            case ContextBlock context:
                Check(errors, context.Elements.Count is > 0 and <= ContextElements, "elements in a context block", context.Elements.Count, ContextElements);
                foreach (var element in context.Elements)
                {
                    CheckText(errors, element, SectionText, "context text");
                }

                break;
            case InputBlock input:
                CheckText(errors, input.Label, InputLabel, "input label");
                break;
        }
    }

    private static void ValidateElement(BlockElement element, List<string> errors)
    {
        switch (element)
        {
            case ButtonElement button:
                CheckText(errors, button.Text, ButtonText, "button text");
                Check(errors, button.Text.Type == "plain_text", "button text is plain_text", 0, 1);
                Check(errors, (button.Value?.Length ?? 0) <= ButtonValue, "button value", button.Value?.Length ?? 0, ButtonValue);
                break;
            case StaticSelectElement select:
                Check(errors, select.Options.Count is > 0 and <= SelectOptions, "static select options", select.Options.Count, SelectOptions);
                CheckText(errors, select.Placeholder, ButtonText, "select placeholder");
                CheckOptions(errors, select.Options);
                break;
            case CheckboxesElement boxes:
                Check(errors, boxes.Options.Count is > 0 and <= CheckboxOptions, "checkbox options", boxes.Options.Count, CheckboxOptions);
                CheckOptions(errors, boxes.Options);
                break;
        }
    }

    private static void CheckOptions(List<string> errors, IReadOnlyList<OptionObject> options)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            CheckText(errors, option.Text, OptionText, "option text");
            Check(errors, option.Value.Length is > 0 and <= OptionValue, "option value", option.Value.Length, OptionValue);
            Check(errors, values.Add(option.Value), $"option value '{option.Value}' unique", 2, 1);
            if (option.Description is { } description)
            {
                CheckText(errors, description, OptionDescription, "option description");
            }
        }
    }

    private static IEnumerable<BlockElement> Elements(Block block) => block switch
    {
        ActionsBlock actions => actions.Elements,
        SectionBlock { Accessory: { } accessory } => [accessory],
        InputBlock input => [input.Element],
        _ => [],
    };

    private static void CheckText(List<string> errors, TextObject text, int max, string what)
    {
        Check(errors, text.Text.Length is > 0, what + " not empty", 0, 1);
        Check(errors, text.Text.Length <= max, what, text.Text.Length, max);
    }

    private static void Check(List<string> errors, bool ok, string what, int actual, int max)
    {
        if (!ok)
        {
            errors.Add($"{what}: {actual} exceeds or breaks the limit {max}");
        }
    }
}
