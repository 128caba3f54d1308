namespace ResidencyAdvisor.Slack.OAuth;

/// <summary>
/// Which installation a request belongs to, and so the scope of its students' conversations: the enterprise id when
/// Slack says the request is delivered to an org-wide (Enterprise Grid) install, which serves every workspace of the
/// org with one token; otherwise the workspace's own team id, also for a workspace installed on its own inside an org.
/// Decided from the signed payload alone, so planning needs no store read. A payload naming an enterprise and no team
/// (an org-wide uninstall) is the enterprise's.
/// </summary>
internal static class InstallationScope
{
    public static string Of(string team, string? enterprise, bool enterpriseInstall) =>
        (enterpriseInstall || team.Length == 0) && enterprise is { Length: > 0 } ? enterprise : team;
}
