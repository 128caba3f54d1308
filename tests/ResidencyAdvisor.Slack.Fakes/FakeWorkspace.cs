namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>A workspace in the fake that installs the app through OAuth; its calls must carry its own bot token.</summary>
public sealed record FakeWorkspace(string TeamId, string Name, string BotToken);
