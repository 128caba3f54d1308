namespace ResidencyAdvisor.Core.Installations;

/// <summary>
/// One workspace's installation of the app through OAuth: whose it is and its bot token, sealed by the adapter before it
/// gets here (the store never sees a usable token). <paramref name="TeamId"/> is the enterprise id for an org-wide install.
/// </summary>
public sealed record Installation(string Platform, string TeamId, string? EnterpriseId, string BotUserId, string SealedBotToken,
    DateTimeOffset InstalledAt);
