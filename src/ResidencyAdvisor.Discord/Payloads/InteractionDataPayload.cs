namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>The data of an interaction; which fields are set depends on its type.</summary>
internal sealed record InteractionDataPayload
{
    public string? Name { get; init; }

    public List<CommandOptionValuePayload>? Options { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    public List<string>? Values { get; init; }

    /// <summary>Modal submits: rows (or labels) holding the text inputs.</summary>
    public List<SubmittedComponentPayload>? Components { get; init; }
}

/// <summary>An option the user filled in on a slash command.</summary>
internal sealed record CommandOptionValuePayload(string Name, int Type, System.Text.Json.JsonElement? Value, List<CommandOptionValuePayload>? Options);

/// <summary>A component as it comes back in a modal submit.</summary>
internal sealed record SubmittedComponentPayload
{
    public int Type { get; init; }

    public string? CustomId { get; init; }

    public string? Value { get; init; }

    public List<SubmittedComponentPayload>? Components { get; init; }

    /// <summary>Newer modals wrap each input in a label with one child.</summary>
    public SubmittedComponentPayload? Component { get; init; }
}
