namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// What the number modal must remember between views.open and its submission; <see cref="ActionIds"/> writes it to and
/// reads it from private_metadata.
/// </summary>
internal sealed record NumberModalMetadata(string SessionId, int Turn, string StepId, string Channel, string MessageTs, int Min, int Max);
