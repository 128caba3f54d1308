namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>
/// A workspace in the fake that installs the app through OAuth; its calls must carry its own bot token. With
/// <paramref name="OrgWide"/>, an Enterprise Grid organization installing once for all its workspaces: <paramref name="TeamId"/>
/// is then the enterprise id, and the token is the org's. <paramref name="EnterpriseId"/> is the org a workspace belongs to.
/// </summary>
public sealed record FakeWorkspace(string TeamId, string Name, string BotToken, string? EnterpriseId = null, bool OrgWide = false);
