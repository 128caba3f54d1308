namespace ResidencyAdvisor.Discord.Gateway;

/// <summary>How one gateway connection ended and what to do next.</summary>
/// <param name="Action">Resume, identify or stop.</param>
/// <param name="CloseCode">The close code, or null when the socket dropped without one.</param>
/// <param name="Reason">Words for the log.</param>
/// <param name="WasHealthy">The session had become ready or resumed, so the reconnect backoff starts over.</param>
/// <param name="Delay">A wait Discord asks for (Invalid Session), instead of the backoff.</param>
internal sealed record ConnectionOutcome(ReconnectAction Action, int? CloseCode, string Reason, bool WasHealthy, TimeSpan? Delay = null);
