using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.Season;

/// <summary>
/// Delivers a reminder to the student's DM with their workspace's own bot token: conversations.open with their user id
/// (the documented way to reach a user's DM), then chat.postMessage, which waits its turn in the DM's rate limit. The
/// conversation key's scope is the installation (team or enterprise) whose token is used.
/// </summary>
internal sealed class SlackReminderSender(SlackWebApi api, AdvisorContent content, ILogger<SlackReminderSender> logger) : IReminderSender
{
    /// <summary>
    /// Errors that will not go away by waiting: the app or token is gone, the student's account is, or the DM cannot be
    /// opened. Anything else (ratelimited, 5xx, a timeout, an unreadable answer) is worth trying again later.
    /// </summary>
    private static readonly HashSet<string> Permanent = new(StringComparer.Ordinal)
    {
        "account_inactive", "token_revoked", "invalid_auth", "not_authed", "not_installed",
        "not_in_channel", "cannot_dm_bot", "user_not_found", "users_not_found", "user_disabled", "user_not_visible",
        "channel_not_found", "is_archived",
    };

    public string Platform => SlackServiceCollectionExtensions.Platform;

    public async Task<ReminderDelivery> SendAsync(ConversationKey key, ReminderMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var channel = await api.OpenDirectMessageAsync(key.Scope, key.UserId, cancellationToken);
            await api.PostMessageAsync(key.Scope, channel, ReminderBlocks.Render(message, content.Labels), cancellationToken);
            return ReminderDelivery.Sent;
        }
        catch (SlackApiException ex)
        {
            var delivery = Classify(ex.Code);
            logger.ReminderNotDelivered(ex.Method, ex.Code, delivery);
            return delivery;
        }
        catch (HttpRequestException)
        {
            logger.ReminderNotDelivered("chat", "Slack could not be reached", ReminderDelivery.Failed);
            return ReminderDelivery.Failed;
        }
    }

    internal static ReminderDelivery Classify(string error) =>
        Permanent.Contains(error) ? ReminderDelivery.Unreachable : ReminderDelivery.Failed;
}
