using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;
using ResidencyAdvisor.Discord.Season;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// Sends one interaction's turn: reads it with <see cref="InteractionParser"/>, has Core's
/// <see cref="TurnHandler"/> run it and answers exactly once within Discord's 3 seconds: directly when the turn
/// is quick, otherwise a defer before <see cref="DiscordOptions.DeferAfter"/> and the reply through the webhook afterwards.
/// A plan carries its file (<see cref="PlanReplySender"/>); a reminder's Stop button runs no turn at all
/// (<see cref="ReminderStopper"/>). The interaction's delivery is recorded by the turn's own save, or through the
/// ledger when no turn runs; a repeat is answered with nothing.
/// </summary>
internal sealed class DiscordTurnSender(
    TurnHandler conversations,
    AdvisorContent content,
    InteractionResponder responder,
    NumberFormOpener forms,
    FollowUpSender followUps,
    PlanReplySender plans,
    ReminderStopper reminders,
    IDeliveryLedger ledger,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordTurnSender> logger)
{
    private readonly TimeSpan _deferAfter = options.Value.DeferAfter;

    /// <summary>False when <paramref name="delivery"/> was already handled (a resume's replay): nothing was sent.</summary>
    public async Task<bool> SendAsync(InteractionPayload interaction, DeliveryRecord delivery, CancellationToken cancellationToken)
    {
        if (InteractionParser.Parse(interaction) is not { } parsed)
        {
            return true;
        }

        // A turn records its delivery with its save; what runs no turn (a note, a form opened) records it alone, first.
        var runsTurn = parsed.Problem is null && parsed.ModalOpener is null && parsed.StopRemindersScope is null;
        if (!runsTurn && !await ledger.TryRecordAsync(parsed.Key, delivery.Id, delivery.Window, cancellationToken))
        {
            return false;
        }

        if (parsed.Problem is { } problem)
        {
            logger.UnknownCustomId();
            await responder.RespondAsync(interaction, InteractionTypes.ChannelMessage, Ephemeral(content.Notices[problem]), cancellationToken);
        }
        else if (parsed.StopRemindersScope is { } scope)
        {
            await reminders.StopAsync(interaction, parsed, scope, cancellationToken);
        }
        else if (parsed.ModalOpener is { } opener)
        {
            await forms.OpenAsync(interaction, parsed, opener, ResponseDeadline.After(time, interaction.ReceivedAt, _deferAfter), cancellationToken);
        }
        else
        {
            return await SendTurnAsync(interaction, parsed, parsed.Input! with { Delivery = delivery }, cancellationToken);
        }

        return true;
    }

    private async Task<bool> SendTurnAsync(InteractionPayload interaction, ParsedInteraction parsed, UserInput input, CancellationToken cancellationToken)
    {
        var turn = conversations.HandleAsync(parsed.Key, input, cancellationToken);
        if (await ResponseDeadline.After(time, interaction.ReceivedAt, _deferAfter).MeetsAsync(turn, cancellationToken))
        {
            var reply = await turn;
            if (reply.IsReplay)
            {
                return false;
            }

            await RespondAsync(interaction, parsed, reply, cancellationToken);
            return true;
        }

        logger.Deferred(_deferAfter);
        var deferType = parsed.FromMessage ? InteractionTypes.DeferredUpdateMessage : InteractionTypes.DeferredChannelMessage;
        await responder.RespondAsync(interaction, deferType,
            parsed.FromMessage ? null : new MessagePayload { Flags = parsed.InGuild ? InteractionTypes.Ephemeral : null }, cancellationToken);
        var deferred = await turn;

        // A slow replay was deferred before the save told it apart; Discord refuses that second response anyway, and
        // the first delivery's answer stands.
        if (deferred.IsReplay)
        {
            return false;
        }

        await EditDeferredAsync(interaction, parsed, deferred, cancellationToken);
        return true;
    }

    private async Task RespondAsync(InteractionPayload interaction, ParsedInteraction parsed, Reply reply, CancellationToken cancellationToken)
    {
        // A stale click, or a store outage, must not wipe the question the student is looking at.
        if (ShowsAsNotice(reply) && parsed.FromMessage)
        {
            await responder.RespondAsync(interaction, InteractionTypes.ChannelMessage, Ephemeral(NoticeText(reply)), cancellationToken);
            return;
        }

        if (reply.View is PlanView plan)
        {
            await plans.RespondAsync(interaction, parsed, plan, NoticeLines(reply), cancellationToken);
            return;
        }

        var rendered = Render(reply);
        var update = parsed.FromMessage && !StartsElsewhere(reply);
        var first = update
            ? rendered.First
            : rendered.First with { Flags = parsed.InGuild ? InteractionTypes.Ephemeral : null };
        var original = update ? interaction.Message?.Id : null;
        followUps.Hold(interaction, parsed, reply, original);
        await responder.RespondAsync(interaction, update ? InteractionTypes.UpdateMessage : InteractionTypes.ChannelMessage, first, cancellationToken);
        await followUps.FinishAsync(interaction, parsed, reply, rendered, original, [], cancellationToken);
    }

    /// <summary>The deferred turn's reply: in place of the defer, or (a fresh start after a click) in a new message.</summary>
    private async Task EditDeferredAsync(InteractionPayload interaction, ParsedInteraction parsed, Reply reply, CancellationToken cancellationToken)
    {
        if (ShowsAsNotice(reply) && parsed.FromMessage)
        {
            await responder.FollowUpAsync(interaction, ReplyRenderer.Notice(NoticeText(reply)), ephemeral: true, cancellationToken);
            return;
        }

        if (reply.View is PlanView plan)
        {
            await plans.AfterDeferAsync(interaction, parsed, plan, NoticeLines(reply), cancellationToken);
            return;
        }

        var rendered = Render(reply);
        var sent = new List<string>();

        // A deferred update leaves the original response on the clicked message; a deferred command made a new one.
        var original = parsed.FromMessage ? interaction.Message?.Id : null;
        followUps.Hold(interaction, parsed, reply, original);
        if (parsed.FromMessage && StartsElsewhere(reply))
        {
            FollowUpSender.Add(sent, await responder.FollowUpAsync(interaction, rendered.First, parsed.InGuild, cancellationToken));
        }
        else
        {
            await responder.EditOriginalAsync(interaction, rendered.First, cancellationToken);
        }

        await followUps.FinishAsync(interaction, parsed, reply, rendered, original, sent, cancellationToken);
    }

    private RenderedReply Render(Reply reply)
    {
        var rendered = ReplyRenderer.Render(reply, content.Labels, content.Notices[StudentNotice.SomethingWentWrong]);
        foreach (var problem in rendered.Messages.SelectMany(DiscordLimits.Violations))
        {
            logger.LimitViolation(problem);
        }

        return rendered;
    }

    /// <summary>
    /// Notes only: a stale click, a store outage, or reminders turned on or off, which must not replace the message
    /// the student clicked on.
    /// </summary>
    private static bool ShowsAsNotice(Reply reply) => reply.IsStale || reply.View is null or RemindersView;

    /// <summary>
    /// The click's conversation no longer exists (expired, erased, or the message was someone else's), so the fresh
    /// start goes in a new message instead of overwriting the one clicked.
    /// </summary>
    private static bool StartsElsewhere(Reply reply) => reply.Has(NoticeKind.ConversationLost);

    private static string NoticeLines(Reply reply) => string.Join("\n", reply.Notices.Select(n => n.Text));

    private string NoticeText(Reply reply) =>
        NoticeLines(reply) is { Length: > 0 } text
            ? text
            : content.Notices[reply.IsStale ? StudentNotice.OutOfDate : StudentNotice.SomethingWentWrong];

    /// <summary>A note only the student sees, as the interaction's first response.</summary>
    public static MessagePayload Ephemeral(string text) => ReplyRenderer.Notice(text) with { Flags = InteractionTypes.Ephemeral };
}
