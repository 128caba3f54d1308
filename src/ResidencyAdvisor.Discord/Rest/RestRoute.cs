namespace ResidencyAdvisor.Discord.Rest;

/// <summary>
/// A REST call's path and its rate-limit key: the route template with its major parameter, which is how Discord
/// groups requests into buckets. Interaction endpoints are authorised by their token, not the bot token.
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Path, string BucketKey, bool UsesBotToken)
{
    public static RestRoute GatewayBot() => new(HttpMethod.Get, "gateway/bot", "GET gateway/bot", true);

    public static RestRoute CurrentApplication() => new(HttpMethod.Get, "applications/@me", "GET applications/@me", true);

    public static RestRoute GlobalCommands(string appId) =>
        new(HttpMethod.Put, $"applications/{appId}/commands", "PUT applications/commands", true);

    public static RestRoute GuildCommands(string appId, string guildId) =>
        new(HttpMethod.Put, $"applications/{appId}/guilds/{guildId}/commands", $"PUT applications/guilds/{guildId}/commands", true);

    public static RestRoute Callback(string interactionId, string token) =>
        new(HttpMethod.Post, $"interactions/{interactionId}/{token}/callback", $"POST interactions/{interactionId}/callback", false);

    public static RestRoute EditOriginal(string appId, string token) =>
        new(HttpMethod.Patch, $"webhooks/{appId}/{token}/messages/@original", $"PATCH webhooks/{appId}/{Short(token)}/original", false);

    /// <summary>A follow-up message sent with the interaction's token, edited by its id while the token works.</summary>
    public static RestRoute EditFollowUp(string appId, string token, string messageId) =>
        new(HttpMethod.Patch, $"webhooks/{appId}/{token}/messages/{messageId}", $"PATCH webhooks/{appId}/{Short(token)}/messages", false);

    public static RestRoute FollowUp(string appId, string token) =>
        new(HttpMethod.Post, $"webhooks/{appId}/{token}", $"POST webhooks/{appId}/{Short(token)}", false);

    public static RestRoute CreateDm() => new(HttpMethod.Post, "users/@me/channels", "POST users/@me/channels", true);

    /// <summary>The channel id is the major parameter: each channel has its own bucket.</summary>
    public static RestRoute ChannelMessage(string channelId) =>
        new(HttpMethod.Post, $"channels/{channelId}/messages", $"POST channels/{channelId}/messages", true);

    /// <summary>What logs may show: the template, never an interaction token.</summary>
    public override string ToString() => BucketKey;

    // Interaction tokens are secrets for 15 minutes; a hash keeps buckets apart without keeping the token in memory twice.
    private static string Short(string token) => token.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}
