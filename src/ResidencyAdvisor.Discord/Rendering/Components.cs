using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>Builds buttons, selects and rows with labels already fitted to Discord's limits.</summary>
internal static class Components
{
    public static ComponentPayload Button(string label, CustomId id, int style = ComponentTypes.Secondary) => new()
    {
        Type = ComponentTypes.Button,
        Style = style,
        Label = LabelFitter.Fit(label, DiscordLimits.ButtonLabel),
        CustomId = id.ToString(),
    };

    public static ComponentPayload Select(CustomId id, string placeholder, IEnumerable<SelectOptionPayload> options, int minValues, int maxValues)
    {
        var fitted = options.Take(DiscordLimits.SelectOptions).Select(o => new SelectOptionPayload(
            LabelFitter.Fit(o.Label, DiscordLimits.SelectOptionText),
            LabelFitter.Fit(o.Value, DiscordLimits.SelectOptionText),
            o.Description is null ? null : LabelFitter.Fit(o.Description, DiscordLimits.SelectOptionText),
            o.Default)).ToList();
        return new ComponentPayload
        {
            Type = ComponentTypes.StringSelect,
            CustomId = id.ToString(),
            Placeholder = LabelFitter.Fit(placeholder, DiscordLimits.Placeholder),
            MinValues = Math.Min(minValues, fitted.Count),
            MaxValues = Math.Clamp(maxValues, 1, fitted.Count),
            Options = fitted,
        };
    }

    public static SelectOptionPayload Option(string label, string value, string? description = null) =>
        new(label, value, string.IsNullOrWhiteSpace(description) ? null : description);

    /// <summary>Buttons in rows of five, in order.</summary>
    public static IEnumerable<ComponentPayload> Rows(IEnumerable<ComponentPayload> buttons) =>
        buttons.Chunk(DiscordLimits.ButtonsPerRow).Select(chunk => Row([.. chunk]));

    public static ComponentPayload Row(params ComponentPayload[] items) =>
        new() { Type = ComponentTypes.ActionRow, Components = [.. items] };
}
