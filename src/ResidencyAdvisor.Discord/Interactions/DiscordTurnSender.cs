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
/// (<see cref="ReminderStopper"/>).
/// </summary>
internal sealed class DiscordTurnSender(
    TurnHandler conversations,
    AdvisorContent content,
    InteractionResponder responder,
    NumberFormOpener forms,
    FollowUpSender followUps,
    PlanReplySender plans,
    ReminderStopper reminders,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordTurnSender> logger)
{
    private readonly TimeSpan _deferAfter = options.Value.DeferAfter;

    public async Task SendAsync(InteractionPayload interaction, CancellationToken cancellationToken)
    {
        if (InteractionParser.Parse(interaction) is not { } parsed)
        {
            return;
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
            await SendTurnAsync(interaction, parsed, parsed.Input!, cancellationToken);
        }
    }

    private async Task SendTurnAsync(InteractionPayload interaction, ParsedInteraction parsed, UserInput input, CancellationToken cancellationToken)
    {
        var turn = conversations.HandleAsync(parsed.Key, input, cancellationToken);
        if (await ResponseDeadline.After(time, interaction.ReceivedAt, _deferAfter).MeetsAsync(turn, cancellationToken))
        {
            await RespondAsync(interaction, parsed, await turn, cancellationToken);
            return;
        }

        logger.Deferred(_deferAfter);
        var deferType = parsed.FromMessage ? InteractionTypes.DeferredUpdateMessage : InteractionTypes.DeferredChannelMessage;
        await responder.RespondAsync(interaction, deferType,
            parsed.FromMessage ? null : new MessagePayload { Flags = parsed.InGuild ? InteractionTypes.Ephemeral : null }, cancellationToken);
        await EditDeferredAsync(interaction, parsed, await turn, cancellationToken);
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
