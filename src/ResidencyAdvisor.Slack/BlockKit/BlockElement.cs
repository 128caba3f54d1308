using System.Text.Json.Serialization;

namespace ResidencyAdvisor.Slack.BlockKit;

/// <summary>An interactive element; its action_id comes back in the interaction payload.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(StaticSelectElement), "static_select")]
[JsonDerivedType(typeof(CheckboxesElement), "checkboxes")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
internal abstract record BlockElement(string ActionId);

/// <summary>A button; style is "primary", "danger" or absent.</summary>
internal sealed record ButtonElement(TextObject Text, string ActionId, string? Value = null, string? Style = null) : BlockElement(ActionId);

/// <summary>A drop-down of up to 100 options.</summary>
internal sealed record StaticSelectElement(TextObject Placeholder, string ActionId, IReadOnlyList<OptionObject> Options) : BlockElement(ActionId);

/// <summary>Checkboxes; changing them does not submit, so a separate button does.</summary>
internal sealed record CheckboxesElement(string ActionId, IReadOnlyList<OptionObject> Options,
    IReadOnlyList<OptionObject>? InitialOptions = null) : BlockElement(ActionId);

/// <summary>A one-line text box.</summary>
internal sealed record PlainTextInputElement(string ActionId, TextObject? Placeholder = null, string? InitialValue = null) : BlockElement(ActionId);

/// <summary>One option of a select or checkbox group.</summary>
internal sealed record OptionObject(TextObject Text, string Value, TextObject? Description = null);
