namespace ResidencyAdvisor.Discord;

/// <summary>Settings for the Discord adapter, bound from the "Discord" configuration section.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token from the developer portal; registers /advise. Never logged. Optional with <see cref="PublicKey"/>.</summary>
    public string Token { get; set; } = "";

    /// <summary>
    /// The application's public key (64 hex characters, developer portal → General Information). When set, Discord
    /// POSTs interactions to /discord/interactions on the public listener and no gateway connection is opened.
    /// </summary>
    public string? PublicKey { get; set; }

    /// <summary>Every REST call goes through this base, so the adapter can be pointed at a local fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>Optional: read from READY (gateway) or GET /applications/@me (interactions endpoint) when empty.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Optional comma-separated guild ids that also get the commands (instant, for development).</summary>
    public string? GuildIds { get; set; }

    public int ShardId { get; set; }

    public int ShardCount { get; set; } = 1;

    /// <summary>Discord wants a first response within 3 s; a turn still running after this is deferred.</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Interactions come to the HTTP endpoint instead of the gateway.</summary>
    internal bool UsesInteractionsEndpoint => !string.IsNullOrWhiteSpace(PublicKey);

    internal IReadOnlyList<string> GuildIdList =>
        (GuildIds ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal Uri ApiBase => new(ApiBaseUrl.ToString().TrimEnd('/') + "/");
}
