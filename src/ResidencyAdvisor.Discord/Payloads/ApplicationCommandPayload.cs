namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>A command definition for the bulk-overwrite endpoints.</summary>
internal sealed record ApplicationCommandPayload
{
    public string Name { get; init; } = "";

    public string Description { get; init; } = "";

    public int Type { get; init; } = 1;

    public List<CommandOptionPayload>? Options { get; init; }

    /// <summary>0 = guild, 1 = bot DM: the command works in a server and in a DM with the bot.</summary>
    public List<int>? Contexts { get; init; }

    public List<int>? IntegrationTypes { get; init; }
}

/// <summary>An option of a command.</summary>
internal sealed record CommandOptionPayload(string Name, string Description, int Type, bool Required, List<CommandChoicePayload>? Choices);

/// <summary>A fixed choice of a string option.</summary>
internal sealed record CommandChoicePayload(string Name, string Value);
