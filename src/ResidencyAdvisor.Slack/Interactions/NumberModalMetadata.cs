namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// What the number modal must remember between views.open and its submission: the (session, turn, step) it answers,
/// and the DM message to retire. <see cref="ActionIds"/> writes it to and reads it from private_metadata; the range and
/// wording come from Core.
/// </summary>
internal sealed record NumberModalMetadata(string SessionId, int Turn, string StepId, string Channel, string MessageTs);
