namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// The bot's latest reply in one conversation scope, reachable through the interaction token that produced it: the
/// original response (its message id when it updated a known message) and the follow-up messages that continued it.
/// </summary>
internal sealed record EditableReply(
    string ApplicationId,
    string Token,
    string? OriginalMessageId,
    IReadOnlyList<string> FollowUpIds,
    DateTimeOffset ExpiresAt)
{
    /// <summary>
    /// False when the original response is a message this reply does not own: the one a click was deferred on, while
    /// the reply itself went out as a follow-up (a slow plan file).
    /// </summary>
    public bool EditsOriginal { get; init; } = true;
}
