namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>Where a click happened: who, in which channel, on which message (its ts and fallback text).</summary>
internal sealed record ClickContext(string Team, string User, string Channel, string MessageTs, string MessageText);
