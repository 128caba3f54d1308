namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>An action row, button, string select, text input or label (one wire shape, discriminated by type).</summary>
internal sealed record ComponentPayload
{
    public int Type { get; init; }

    public string? CustomId { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    /// <summary>A label's line under its text.</summary>
    public string? Description { get; init; }

    public string? Placeholder { get; init; }

    public int? MinValues { get; init; }

    public int? MaxValues { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public bool? Required { get; init; }

    public bool? Disabled { get; init; }

    public List<SelectOptionPayload>? Options { get; init; }

    public List<ComponentPayload>? Components { get; init; }

    /// <summary>The one input a label wraps.</summary>
    public ComponentPayload? Component { get; init; }
}

/// <summary>One option of a string select.</summary>
internal sealed record SelectOptionPayload(string Label, string Value, string? Description = null, bool? Default = null);
