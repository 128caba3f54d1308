namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>An Events API delivery; event_id stays the same across retries.</summary>
internal sealed class EventCallbackPayload
{
    public string? Type { get; set; }

    public string? TeamId { get; set; }

    public string? EventId { get; set; }

    public MessageEventPayload? Event { get; set; }
}

/// <summary>A message event (message.im); the bot's own posts carry bot_id or a subtype.</summary>
internal sealed class MessageEventPayload
{
    public string? Type { get; set; }

    public string? Subtype { get; set; }

    public string? User { get; set; }

    public string? BotId { get; set; }

    public string? Text { get; set; }

    public string? Channel { get; set; }

    public string? ChannelType { get; set; }

    public string? Ts { get; set; }

    public string? Team { get; set; }
}
