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

    public TimeSpan RestRetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public int RestMaxAttempts { get; init; } = 4;

    /// <summary>A 429 asking for a longer wait than this fails the call instead of stalling a student.</summary>
    public TimeSpan RestMaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan InteractionDedupeWindow { get; init; } = TimeSpan.FromMinutes(15);
}
