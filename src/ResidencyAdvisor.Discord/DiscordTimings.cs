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
}
