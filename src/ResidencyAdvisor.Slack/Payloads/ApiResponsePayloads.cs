namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>auth.test: who the bot is, so its own messages can be ignored.</summary>
internal sealed class AuthTestResponsePayload : ApiResponsePayload
{
    public string? UserId { get; set; }

    public string? BotId { get; set; }

    public string? TeamId { get; set; }
}

/// <summary>apps.connections.open: the WebSocket URL, used exactly as returned.</summary>
internal sealed class ConnectionsOpenResponsePayload : ApiResponsePayload
{
    public string? Url { get; set; }
}

/// <summary>chat.postMessage / chat.update: where the message is and its ts.</summary>
internal sealed class MessageResponsePayload : ApiResponsePayload
{
    public string? Channel { get; set; }

    public string? Ts { get; set; }
}

/// <summary>conversations.open: the DM channel.</summary>
internal sealed class ConversationsOpenResponsePayload : ApiResponsePayload
{
    public ChannelPayload? Channel { get; set; }
}

/// <summary>A channel reference.</summary>
internal sealed class ChannelPayload
{
    public string? Id { get; set; }
}
