using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.OAuth;

/// <summary>
/// The bot token for a team's Web API calls: Slack:BotToken for one workspace, or the team's own installation, unsealed
/// for the call. Read from the store each time, so an install or uninstall on another instance counts at once.
/// </summary>
internal sealed class BotTokens(IOptions<SlackOptions> options, IInstallationStore installations, Lazy<TokenProtector> protector)
{
    public async ValueTask<string> ForTeamAsync(string team, CancellationToken cancellationToken)
    {
        if (!options.Value.ManyWorkspaces)
        {
            return options.Value.BotToken;
        }

        var installation = await installations.FindAsync(SlackServiceCollectionExtensions.Platform, team, cancellationToken)
            ?? throw new SlackApiException("installation", "not_installed");
        return protector.Value.Unprotect(installation.SealedBotToken, team)
            ?? throw new SlackApiException("installation", "token_unreadable");
    }

    /// <summary>
    /// Whether the bot may act for <paramref name="team"/>: always with one workspace; with many, only while the team's
    /// installation is in the store (a team that never installed, or let the app go, gets nothing stored and no call).
    /// </summary>
    public async ValueTask<bool> IsInstalledAsync(string team, CancellationToken cancellationToken) =>
        !options.Value.ManyWorkspaces
        || await installations.FindAsync(SlackServiceCollectionExtensions.Platform, team, cancellationToken) is not null;
}
