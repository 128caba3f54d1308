namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>An Events API delivery; event_id stays the same across retries.</summary>
internal sealed class EventCallbackPayload
{
    public string? Type { get; set; }

    public string? TeamId { get; set; }

    public string? EnterpriseId { get; set; }

    public string? EventId { get; set; }

    /// <summary>The installation the event is delivered to; an org-wide one says is_enterprise_install.</summary>
    public IReadOnlyList<AuthorizationPayload>? Authorizations { get; set; }

    /// <summary>True when Slack delivers this event to an org-wide (Enterprise Grid) installation.</summary>
    public bool ForEnterpriseInstall => Authorizations is { Count: > 0 } authorizations && authorizations[0].IsEnterpriseInstall;

    public MessageEventPayload? Event { get; set; }
}

/// <summary>A message event (message.im), or app_uninstalled / tokens_revoked; the bot's own posts carry bot_id or a subtype.</summary>
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

    /// <summary>For tokens_revoked: which tokens were revoked.</summary>
    public RevokedTokensPayload? Tokens { get; set; }
}

/// <summary>One installation an event is visible to.</summary>
internal sealed class AuthorizationPayload
{
    public string? EnterpriseId { get; set; }

    public string? TeamId { get; set; }

    public bool IsEnterpriseInstall { get; set; }
}

/// <summary>The user and bot ids whose tokens a tokens_revoked event revokes.</summary>
internal sealed class RevokedTokensPayload
{
    public IReadOnlyList<string>? Bot { get; set; }
}
