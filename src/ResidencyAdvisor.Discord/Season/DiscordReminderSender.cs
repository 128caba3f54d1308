using System.Net;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Discord.Rest;

namespace ResidencyAdvisor.Discord.Season;

/// <summary>
/// Sends a reminder to the student's DM: opens the DM channel (once per student, see <see cref="DmChannels"/>) and
/// posts the reminder there. The REST client has already waited out rate limits and retried 5xx by the time an error
/// reaches here; what is left is sorted into "never again" and "maybe later" for the scheduler.
/// </summary>
internal sealed partial class DiscordReminderSender(DiscordRestClient rest, DmChannels dms, AdvisorContent content,
    ILogger<DiscordReminderSender> logger) : IReminderSender
{
    /// <summary>Discord: "Cannot send messages to this user" (DMs closed, no shared server, or the bot is blocked).</summary>
    public const int CannotMessageUser = 50007;

    public const int UnknownUser = 10013;

    public const int UnknownChannel = 10003;

    public string Platform => DiscordServiceCollectionExtensions.Platform;

    public async Task<ReminderDelivery> SendAsync(ConversationKey key, ReminderMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var payload = ReminderRenderer.Render(message, content.Labels, key.Scope);
            try
            {
                await rest.PostChannelMessageAsync(await dms.GetAsync(key.UserId, cancellationToken), payload, file: null, cancellationToken);
            }
            catch (DiscordRestException ex) when (ex.Code == UnknownChannel)
            {
                // A remembered channel Discord has dropped: open the DM afresh, once.
                dms.Forget(key.UserId);
                await rest.PostChannelMessageAsync(await dms.GetAsync(key.UserId, cancellationToken), payload, file: null, cancellationToken);
            }

            return ReminderDelivery.Sent;
        }
        catch (DiscordRestException ex)
        {
            var delivery = Classify(ex);
            LogNotDelivered(logger, (int)ex.Status, ex.Code, delivery);
            return delivery;
        }
        catch (HttpRequestException ex)
        {
            LogNetworkFailure(logger, ex);
            return ReminderDelivery.Failed;
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's own timeout surfaces as a cancellation nobody asked for.
            LogNetworkFailure(logger, ex);
            return ReminderDelivery.Failed;
        }
    }

    /// <summary>
    /// Unreachable stops the student's reminders at once, so only answers that say the student cannot get a DM from
    /// us count: 50007, an unknown user, or any 403. Rate limits and 5xx that outlasted the retries, and our own
    /// mistakes (400, 401), are worth another try on a later pass.
    /// </summary>
    public static ReminderDelivery Classify(DiscordRestException ex) =>
        ex.Code is CannotMessageUser or UnknownUser || ex.Status == HttpStatusCode.Forbidden
            ? ReminderDelivery.Unreachable
            : ReminderDelivery.Failed;

    [LoggerMessage(2080, LogLevel.Information, "A Discord reminder was not delivered: {Status} (code {Code}), counted as {Delivery}")]
    private static partial void LogNotDelivered(ILogger logger, int status, int code, ReminderDelivery delivery);

    [LoggerMessage(2081, LogLevel.Warning, "A Discord reminder failed on the network; a later pass tries again")]
    private static partial void LogNetworkFailure(ILogger logger, Exception exception);
}
