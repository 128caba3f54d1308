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

    /// <summary>First delay before reconnecting the gateway; doubles per failure, with jitter.</summary>
    public TimeSpan ReconnectMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Discord: after a non-resumable Invalid Session, wait 1–5 s before identifying.</summary>
    public TimeSpan InvalidSessionMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the gateway may take to say Hello on a fresh socket before it is dropped and retried.</summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Opening the gateway WebSocket (TCP, TLS, upgrade) longer than this is abandoned and retried.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How much longer than two heartbeat intervals the gateway may stay silent before /health calls the link dead.</summary>
    public TimeSpan SilenceGrace { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>One REST request (registration included) longer than this fails and is retried like a network error.</summary>
    public TimeSpan ApiTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a REST call answered 429 or 5xx is retried.</summary>
    public int ApiRetries { get; set; } = 3;

    /// <summary>First backoff after a 5xx; doubles per retry, with jitter, up to eight times this.</summary>
    public TimeSpan ApiRetryMinDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A 429 asking for a longer wait than this fails the call instead of stalling a student.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long interaction ids are remembered, so one replayed by a resume is answered once.</summary>
    public TimeSpan DeliveryWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long a reply stays editable for "forget": Discord's interaction tokens work for 15 minutes from the
    /// interaction; a minute less, so an edit never races the expiry.
    /// </summary>
    public TimeSpan ReplyEditWindow { get; set; } = TimeSpan.FromMinutes(14);

    /// <summary>How many scopes' latest replies are held for "forget" edits at most (a few hundred bytes each).</summary>
    public int MaxEditableReplies { get; set; } = 10_000;

    /// <summary>Interactions come to the HTTP endpoint instead of the gateway.</summary>
    internal bool UsesInteractionsEndpoint => !string.IsNullOrWhiteSpace(PublicKey);

    internal IReadOnlyList<string> GuildIdList =>
        (GuildIds ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal Uri ApiBase => new(ApiBaseUrl.ToString().TrimEnd('/') + "/");
}
