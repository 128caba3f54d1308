namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>Who the bot is (from auth.test), so it never answers its own messages.</summary>
internal sealed class BotIdentity
{
    public string UserId { get; private set; } = "";

    public string BotId { get; private set; } = "";

    public string TeamId { get; private set; } = "";

    public void Set(string? userId, string? botId, string? teamId)
    {
        UserId = userId ?? "";
        BotId = botId ?? "";
        TeamId = teamId ?? "";
    }

    public bool IsBot(string? userId, string? botId) =>
        !string.IsNullOrEmpty(botId) || (userId is not null && userId.Length > 0 && userId == UserId);
}
