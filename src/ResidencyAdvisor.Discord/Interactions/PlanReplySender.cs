using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;
using ResidencyAdvisor.Discord.Rest;
using ResidencyAdvisor.Discord.Season;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// Sends the plan as a new message with the Markdown file attached, only the student seeing it in a server. The
/// message the button was on stays as it is. Over the gateway the initial response carries the file; over HTTP the
/// response to Discord's POST cannot (it is JSON only), so it defers there and the file replaces the deferred message
/// through the webhook, well inside the 15 minutes the token works.
/// </summary>
internal sealed partial class PlanReplySender(
    InteractionResponder responder,
    DiscordRestClient rest,
    EditableReplies editable,
    AdvisorContent content,
    TimeProvider time,
    ILogger<PlanReplySender> logger)
{
    /// <summary>The turn was quick: nothing has answered the interaction yet.</summary>
    public async Task RespondAsync(InteractionPayload interaction, ParsedInteraction parsed, PlanView plan, string notices, CancellationToken cancellationToken)
    {
        var (message, file) = (PlanRenderer.Message(plan, content.Labels, notices), PlanRenderer.File(plan, content.Labels));
        if (interaction.HttpResponse is null)
        {
            try
            {
                Remember(interaction, parsed, followUpId: null);
                await responder.RespondWithFileAsync(interaction, message with { Flags = Flags(parsed) }, file, cancellationToken);
            }
            catch (Exception ex) when (ex is DiscordRestException or DiscordLimitException)
            {
                LogPlanNotSent(logger, ex);
                await responder.RespondAsync(interaction, InteractionTypes.ChannelMessage, DiscordTurnSender.Ephemeral(Failed), cancellationToken);
            }

            return;
        }

        await responder.RespondAsync(interaction, InteractionTypes.DeferredChannelMessage, new MessagePayload { Flags = Flags(parsed) }, cancellationToken);
        await EditDeferredAsync(interaction, parsed, message, file, cancellationToken);
    }

    /// <summary>
    /// The turn was slow and the interaction is deferred: a click's deferred update leaves the clicked message alone,
    /// so the file comes as a follow-up; a command's deferred message becomes the plan.
    /// </summary>
    public async Task AfterDeferAsync(InteractionPayload interaction, ParsedInteraction parsed, PlanView plan, string notices, CancellationToken cancellationToken)
    {
        var (message, file) = (PlanRenderer.Message(plan, content.Labels, notices), PlanRenderer.File(plan, content.Labels));
        if (!parsed.FromMessage)
        {
            await EditDeferredAsync(interaction, parsed, message, file, cancellationToken);
            return;
        }

        try
        {
            if (await rest.FollowUpWithFileAsync(interaction.ApplicationId, interaction.Token, message, file, parsed.InGuild, cancellationToken) is { } id)
            {
                Remember(interaction, parsed, id);
            }
        }
        catch (Exception ex) when (ex is DiscordRestException or DiscordLimitException)
        {
            LogPlanNotSent(logger, ex);
            await responder.FollowUpAsync(interaction, ReplyRenderer.Notice(Failed), ephemeral: true, cancellationToken);
        }
    }

    private async Task EditDeferredAsync(InteractionPayload interaction, ParsedInteraction parsed, MessagePayload message, MessageFile file,
        CancellationToken cancellationToken)
    {
        try
        {
            Remember(interaction, parsed, followUpId: null);
            await rest.EditOriginalWithFileAsync(interaction.ApplicationId, interaction.Token, message, file, cancellationToken);
        }
        catch (Exception ex) when (ex is DiscordRestException or DiscordLimitException)
        {
            // The deferred message would otherwise say "thinking…" for good.
            LogPlanNotSent(logger, ex);
            await responder.EditOriginalAsync(interaction, ReplyRenderer.Notice(Failed), cancellationToken);
        }
    }

    /// <summary>
    /// So a later forget can blank the plan and take its file away while the interaction's token works. Held before the
    /// file goes when its message is the original response, so a forget clicked the moment it shows still finds it; a
    /// follow-up's id is only known once it is sent.
    /// </summary>
    private void Remember(InteractionPayload interaction, ParsedInteraction parsed, string? followUpId) =>
        editable.RememberPlan(parsed.Key, interaction.ApplicationId, interaction.Token, followUpId,
            interaction.ReceivedAt == 0 ? TimeSpan.Zero : time.GetElapsedTime(interaction.ReceivedAt));

    private string Failed => content.Notices[StudentNotice.SomethingWentWrong];

    private static int? Flags(ParsedInteraction parsed) => parsed.InGuild ? InteractionTypes.Ephemeral : null;

    [LoggerMessage(2040, LogLevel.Warning, "The plan file could not be sent to Discord")]
    private static partial void LogPlanNotSent(ILogger logger, Exception exception);
}
