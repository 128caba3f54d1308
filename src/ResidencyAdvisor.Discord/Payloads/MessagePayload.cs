namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>A message body for responses, edits and follow-ups.</summary>
internal sealed record MessagePayload
{
    public string? Content { get; init; }

    public List<EmbedPayload>? Embeds { get; init; }

    public List<ComponentPayload>? Components { get; init; }

    public int? Flags { get; init; }

    public AllowedMentionsPayload? AllowedMentions { get; init; }

    /// <summary>Describes the files sent beside the JSON in a multipart request; each id is its files[n] index.</summary>
    public List<AttachmentPayload>? Attachments { get; init; }
}

/// <summary>Nobody gets pinged by the bot.</summary>
internal sealed record AllowedMentionsPayload(List<string> Parse);
