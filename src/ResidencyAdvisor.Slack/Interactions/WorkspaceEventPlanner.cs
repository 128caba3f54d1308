using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Slack.OAuth;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// app_uninstalled, or tokens_revoked for the bot: the workspace has let the app go, so its installation is deleted and
/// every conversation of its students erased. Revoking only user tokens (which the app never asks for) changes nothing.
/// For an org-wide install the installation is the enterprise's, and so are its conversations: every workspace's. Its
/// students' reminder subscriptions go too, when the host keeps reminders: nothing is sent where the app is gone.
/// </summary>
internal sealed class WorkspaceEventPlanner(IInstallationStore installations, ILogger<WorkspaceEventPlanner> logger,
    IReminderStore? reminders = null)
{
    public EnvelopePlan Plan(EventCallbackPayload callback)
    {
        var kind = callback.Event?.Type ?? "";
        var team = InstallationScope.Of(callback.TeamId ?? "", callback.EnterpriseId, callback.ForEnterpriseInstall);
        if (team.Length == 0 || (kind == "tokens_revoked" && callback.Event?.Tokens?.Bot is not { Count: > 0 }))
        {
            logger.Ignored("events_api", kind);
            return EnvelopePlan.AckOnly;
        }

        return EnvelopePlan.Queued("workspace:" + team, async ct =>
        {
            var erased = await installations.DeleteAsync(SlackServiceCollectionExtensions.Platform, team, ct);
            if (reminders is not null)
            {
                await reminders.UnsubscribeAllAsync(SlackServiceCollectionExtensions.Platform, team, ct);
            }

            logger.WorkspaceRemoved(team, kind, erased);
        });
    }
}
