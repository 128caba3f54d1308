using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Season;

/// <summary>
/// A reminder's "Stop reminders" button, clicked in the DM: deletes the clicking user's subscription in the scope the
/// button names (the server they asked in, or the DM) and says so, only to them. No conversation is read or started:
/// the student may have restarted or erased theirs since, and stopping must work all the same. A host without a
/// reminder store never sent a reminder, so there is nothing to delete.
/// </summary>
internal sealed partial class ReminderStopper(
    InteractionResponder responder,
    AdvisorContent content,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<ReminderStopper> logger,
    IReminderStore? reminders = null)
{
    public async Task StopAsync(InteractionPayload interaction, ParsedInteraction parsed, string scope, CancellationToken cancellationToken)
    {
        var stop = UnsubscribeAsync(new ConversationKey(DiscordServiceCollectionExtensions.Platform, scope, parsed.Key.UserId), cancellationToken);
        if (await ResponseDeadline.After(time, interaction.ReceivedAt, options.Value.DeferAfter).MeetsAsync(stop, cancellationToken))
        {
            await responder.RespondAsync(interaction, InteractionTypes.ChannelMessage, DiscordTurnSender.Ephemeral(await stop), cancellationToken);
            return;
        }

        await responder.RespondAsync(interaction, InteractionTypes.DeferredChannelMessage,
            new MessagePayload { Flags = InteractionTypes.Ephemeral }, cancellationToken);
        await responder.EditOriginalAsync(interaction, ReplyRenderer.Notice(await stop), cancellationToken);
    }

    /// <summary>What to tell the student: reminders are off, or that it did not work this time.</summary>
    private async Task<string> UnsubscribeAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        if (reminders is null)
        {
            return content.Notices[StudentNotice.RemindersOff];
        }

        try
        {
            await reminders.UnsubscribeAsync(key, cancellationToken);
            LogStopped(logger);
            return content.Notices[StudentNotice.RemindersOff];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStopFailed(logger, ex);
            return content.Notices[StudentNotice.SomethingWentWrong];
        }
    }

    [LoggerMessage(2041, LogLevel.Information, "A student stopped their Discord reminders with a reminder's button")]
    private static partial void LogStopped(ILogger logger);

    [LoggerMessage(2042, LogLevel.Warning, "Could not stop a student's Discord reminders")]
    private static partial void LogStopFailed(ILogger logger, Exception exception);
}
