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
    DateTimeOffset ExpiresAt);
