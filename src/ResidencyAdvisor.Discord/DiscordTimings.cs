namespace ResidencyAdvisor.Discord;

/// <summary>
/// Delays Discord documents or that we chose; internal so tests can shrink them without making them settings a
/// deployment could set below what Discord asks for.
/// </summary>
internal sealed class DiscordTimings
{
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Discord: after a non-resumable Invalid Session, wait 1–5 s before identifying.</summary>
    public TimeSpan InvalidSessionMinDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Opening the gateway WebSocket (TCP, TLS, upgrade) longer than this is abandoned and retried.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>One REST request (registration included) longer than this fails and is retried like a network error.</summary>
    public TimeSpan RestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How much longer than two heartbeat intervals the gateway may stay silent before /health calls the link dead.</summary>
    public TimeSpan SilenceGrace { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan RestRetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public int RestMaxAttempts { get; init; } = 4;

    /// <summary>A 429 asking for a longer wait than this fails the call instead of stalling a student.</summary>
    public TimeSpan RestMaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan InteractionDedupeWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long a reply stays editable for "forget": Discord's interaction tokens work for 15 minutes from the
    /// interaction; a minute less, so an edit never races the expiry.
    /// </summary>
    public TimeSpan ReplyEditWindow { get; init; } = TimeSpan.FromMinutes(14);

    /// <summary>How many scopes' latest replies are held for "forget" edits at most (a few hundred bytes each).</summary>
    public int MaxEditableReplies { get; init; } = 10_000;
}
