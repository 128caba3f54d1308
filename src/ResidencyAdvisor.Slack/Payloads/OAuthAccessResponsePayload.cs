namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>oauth.v2.access's answer: the bot token of the workspace (or organization) that just installed the app.</summary>
internal sealed class OAuthAccessResponsePayload : ApiResponsePayload
{
    public string? AccessToken { get; set; }

    public string? TokenType { get; set; }

    public string? BotUserId { get; set; }

    public OAuthOwnerPayload? Team { get; set; }

    public OAuthOwnerPayload? Enterprise { get; set; }

    public bool IsEnterpriseInstall { get; set; }
}

/// <summary>A team or enterprise in oauth.v2.access: id and name.</summary>
internal sealed class OAuthOwnerPayload
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}
