namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>A parsed action id: what to do, for which conversation session and turn, with an optional step/section and choice.</summary>
internal sealed record ActionRef(ControlAction Kind, string SessionId, int Turn, string? Target = null, string? Choice = null);
