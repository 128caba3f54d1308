namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>A rich embed.</summary>
internal sealed record EmbedPayload
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public int? Color { get; init; }

    public List<EmbedFieldPayload>? Fields { get; init; }

    public EmbedFooterPayload? Footer { get; init; }
}

/// <summary>A name/value field in an embed.</summary>
internal sealed record EmbedFieldPayload(string Name, string Value, bool Inline = false);

/// <summary>An embed footer.</summary>
internal sealed record EmbedFooterPayload(string Text);
