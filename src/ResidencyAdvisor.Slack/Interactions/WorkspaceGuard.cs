using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Slack.OAuth;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// With many workspaces, nothing runs for a team whose installation is not in the store, and a turn whose team let the
/// app go while it ran is erased again and shows nothing.
/// </summary>
internal sealed class WorkspaceGuard(IInstallationStore installations, BotTokens tokens, PromptMessages prompts, ILogger<WorkspaceGuard> logger,
    IReminderStore? reminders = null)
{
    /// <summary>Whether the bot may act for <paramref name="team"/>; logs the refusal (team id only) when not.</summary>
    public async Task<bool> InstalledAsync(string team, CancellationToken cancellationToken)
    {
        if (await tokens.IsInstalledAsync(team, cancellationToken))
        {
            return true;
        }

        logger.WorkspaceNotInstalled(team);
        return false;
    }

    /// <summary>
    /// True when the team let the app go while this turn ran, after its installation was checked: the team's erasure
    /// runs again, so what this turn saved goes too, and nothing more is shown. Every store deletes the installation
    /// before (or with) the team's conversations, so a save the uninstall's erasure missed always finds it gone here.
    /// </summary>
    public async Task<bool> UninstalledSinceAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        if (await tokens.IsInstalledAsync(key.Scope, cancellationToken))
        {
            return false;
        }

        // Not cancellable: the erasure must not be skipped because the host is stopping.
        await installations.DeleteAsync(key.Platform, key.Scope, CancellationToken.None);
        if (reminders is not null)
        {
            // "Reminders on" may have subscribed after the uninstall's own unsubscribe ran.
            await reminders.UnsubscribeAllAsync(key.Platform, key.Scope, CancellationToken.None);
        }

        prompts.Forget(key.ToString());
        logger.WorkspaceNotInstalled(key.Scope);
        return true;
    }
}
