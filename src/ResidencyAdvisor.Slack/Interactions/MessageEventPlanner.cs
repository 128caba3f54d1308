using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.OAuth;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// A direct message to the bot: typed answers and words like "hi" or "forget", read by the core. The bot's own posts and
/// edits are ignored; an event id already handled is acknowledged and not answered again, but a retry seen for the first
/// time is answered, since it may be the only copy that arrived.
/// </summary>
internal sealed class MessageEventPlanner(SlackTurnSender turns, WorkspaceGuard installed, WorkspaceEventPlanner workspaces, BotIdentity bot,
    IOptions<SlackOptions> options, ILogger<MessageEventPlanner> logger)
{
    public EnvelopePlan Plan(SocketMessagePayload envelope)
    {
        var callback = envelope.PayloadAs(SlackJsonContext.Default.EventCallbackPayload);
        var message = callback?.Event;
        if (message?.Type is "app_uninstalled" or "tokens_revoked")
        {
            return workspaces.Plan(callback!);
        }

        if (message is null || message.Type != "message")
        {
            logger.Ignored("events_api", message?.Type ?? "no event");
            return EnvelopePlan.AckOnly;
        }

        if (message.Subtype is not null || bot.IsBot(message.User, message.BotId) || message.ChannelType is not (null or "im")
            || string.IsNullOrWhiteSpace(message.Text) || message.User is null || message.Channel is null)
        {
            logger.Ignored("events_api", message.Subtype ?? (message.BotId is null ? "not a student's DM" : "bot message"));
            return EnvelopePlan.AckOnly;
        }

        var team = InstallationScope.Of(callback!.TeamId ?? message.Team ?? bot.TeamId, callback.EnterpriseId, callback.ForEnterpriseInstall);
        var (user, channel, text) = (message.User, message.Channel, Unescape(message.Text));
        var eventId = callback.EventId;
        return EnvelopePlan.Queued(SlackTurnSender.QueueKey(team, user), async ct =>
        {
            // Before the ledger: an event of a team that is not installed leaves no trace, not even its id.
            if (!await installed.InstalledAsync(team, ct))
            {
                return;
            }

            // The turn records the event id with its save (one write), or alone when it saves nothing, and tells a repeat.
            var delivery = eventId is null
                ? null
                : new DeliveryRecord(DeliveryKeys.KeyOf(SlackServiceCollectionExtensions.Platform, "event", eventId), options.Value.DeliveryWindow);
            if (!await turns.SendInstalledTextAsync(team, user, channel, text, delivery, ct))
            {
                logger.DuplicateEvent(eventId!, envelope.RetryAttempt, envelope.RetryReason);
            }
        });
    }

    /// <summary>Slack escapes &amp;, &lt; and &gt; in message text.</summary>
    private static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
}
