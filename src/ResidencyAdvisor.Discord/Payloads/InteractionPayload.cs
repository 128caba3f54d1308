namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>INTERACTION_CREATE: a slash command, a click, a select or a modal submit.</summary>
internal sealed record InteractionPayload
{
    public string Id { get; init; } = "";

    public string ApplicationId { get; init; } = "";

    public int Type { get; init; }

    public string Token { get; init; } = "";

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    public MemberPayload? Member { get; init; }

    public UserPayload? User { get; init; }

    public InteractionDataPayload? Data { get; init; }

    public MessageRefPayload? Message { get; init; }

    /// <summary>TimeProvider timestamp of when the gateway frame arrived; not on the wire.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public long ReceivedAt { get; set; }

    /// <summary>Set when the interaction came to the HTTP endpoint: its initial response is that request's response.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Http.HttpInitialResponse? HttpResponse { get; set; }
}

/// <summary>A guild member; the user is inside.</summary>
internal sealed record MemberPayload(UserPayload? User);

/// <summary>A Discord user (only the id is used; names are never stored).</summary>
internal sealed record UserPayload(string Id);

/// <summary>The message a component sat on.</summary>
internal sealed record MessageRefPayload(string Id, int? Flags);
