using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// Runs one interaction's turn: reads it with <see cref="InteractionParser"/>, runs it through the core and answers
/// exactly once within Discord's 3 seconds: directly when the turn is quick, otherwise a defer before
/// <see cref="DiscordOptions.DeferAfter"/> and the reply through the webhook afterwards.
/// </summary>
internal sealed class TurnRunner(
    TurnHandler conversations,
    AdvisorContent content,
    InteractionResponder responder,
    EditableReplies editable,
    EarlierReplyEraser eraser,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<TurnRunner> logger)
{
    public const string OutOfDate = "This question is out of date, so nothing changed. Use the latest message, or /advise to pick up where you left off.";

    private readonly TimeSpan _deferAfter = options.Value.DeferAfter;

    public async Task RunAsync(InteractionPayload interaction, CancellationToken cancellationToken)
    {
        if (InteractionParser.Parse(interaction) is not { } parsed)
        {
            return;
        }

        if (parsed.Problem is { } problem)
        {
            logger.UnknownCustomId();
            await responder.RespondAsync(interaction, InteractionTypes.ChannelMessage, Ephemeral(problem), cancellationToken);
        }
        else if (parsed.ModalOpener is { } opener)
        {
            await OpenModalAsync(interaction, parsed, opener, cancellationToken);
        }
        else
        {
            await RunTurnAsync(interaction, parsed, parsed.Input!, cancellationToken);
        }
    }

    private async Task RunTurnAsync(InteractionPayload interaction, ParsedInteraction parsed, UserInput input, CancellationToken cancellationToken)
    {
        var turn = conversations.HandleAsync(parsed.Key, input, cancellationToken);

        // Discord's 3 s run from when the event reached us, not from when this task got a thread.
        var waited = interaction.ReceivedAt == 0 ? TimeSpan.Zero : time.GetElapsedTime(interaction.ReceivedAt);
        var remaining = _deferAfter - waited > TimeSpan.Zero ? _deferAfter - waited : TimeSpan.Zero;
        using var deadlineTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(remaining, time, deadlineTimer.Token);
        var first = await Task.WhenAny(turn, deadline);
        await deadlineTimer.CancelAsync();
        if (first == turn)
        {
            await RespondAsync(interaction, parsed, await turn, cancellationToken);
            return;
        }

        logger.Deferred(_deferAfter);
        var deferType = parsed.FromMessage ? InteractionTypes.DeferredUpdateMessage : InteractionTypes.DeferredChannelMessage;
        await responder.RespondAsync(interaction, deferType,
            parsed.FromMessage ? null : new MessagePayload { Flags = parsed.InGuild ? InteractionTypes.Ephemeral : null }, cancellationToken);
        var reply = await turn;
        if (ShowsAsNotice(reply) && parsed.FromMessage)
        {
            await responder.FollowUpAsync(interaction, ReplyRenderer.Notice(NoticeText(reply)), ephemeral: true, cancellationToken);
            return;
        }

        var rendered = Checked(ReplyRenderer.Render(reply));
        var followUps = new List<string>();
        Hold(interaction, parsed, reply, parsed.FromMessage ? interaction.Message?.Id : null);
        if (parsed.FromMessage && StartsElsewhere(reply))
        {
            Add(followUps, await responder.FollowUpAsync(interaction, rendered.First, parsed.InGuild, cancellationToken));
        }
        else
        {
            await responder.EditOriginalAsync(interaction, rendered.First, cancellationToken);
        }

        // A deferred update leaves the original response on the clicked message; a deferred command made a new one.
        await FinishAsync(interaction, parsed, reply, rendered, parsed.FromMessage ? interaction.Message?.Id : null, followUps, cancellationToken);
    }

    private async Task RespondAsync(InteractionPayload interaction, ParsedInteraction parsed, Reply reply, CancellationToken cancellationToken)
    {
        // A stale click, or a store outage, must not wipe the question the student is looking at.
        if (ShowsAsNotice(reply) && parsed.FromMessage)
        {
            await responder.RespondAsync(interaction, InteractionTypes.ChannelMessage, Ephemeral(NoticeText(reply)), cancellationToken);
            return;
        }

        var rendered = Checked(ReplyRenderer.Render(reply));
        var update = parsed.FromMessage && !StartsElsewhere(reply);
        var first = update
            ? rendered.First
            : rendered.First with { Flags = parsed.InGuild ? InteractionTypes.Ephemeral : null };
        Hold(interaction, parsed, reply, update ? interaction.Message?.Id : null);
        await responder.RespondAsync(interaction, update ? InteractionTypes.UpdateMessage : InteractionTypes.ChannelMessage, first, cancellationToken);
        await FinishAsync(interaction, parsed, reply, rendered, update ? interaction.Message?.Id : null, [], cancellationToken);
    }

    private async Task OpenModalAsync(InteractionPayload interaction, ParsedInteraction parsed, CustomId opener, CancellationToken cancellationToken)
    {
        // A modal must be the first response, so there is no deferring here: a quick look at the saved turn catches
        // an out-of-date button; if the store is slow the submit is checked by the engine anyway.
        var table = content.Questions.Table;
        var step = Step.TryParse(opener.Arg1, out var parsedStep) && table.IsQuestion(parsedStep) ? parsedStep : table.First;
        var waited = interaction.ReceivedAt == 0 ? TimeSpan.Zero : time.GetElapsedTime(interaction.ReceivedAt);
        var (known, prompt) = await CurrentPromptAsync(parsed.Key, opener, step, (_deferAfter - waited) / 2, cancellationToken);
        if (known && prompt is null)
        {
            await responder.RespondAsync(interaction, InteractionTypes.ChannelMessage, Ephemeral(OutOfDate), cancellationToken);
            return;
        }

        var modal = NumberModalRenderer.Render(content.Questions.TextFor(step).Title, prompt, opener);
        await responder.OpenModalAsync(interaction, modal, cancellationToken);
    }

    /// <summary>
    /// Asks Core for the question the button's (session, turn, step) shows, within what is left of the deadline,
    /// counted from when the click arrived. Known is false when there was no time or the store failed: the form then
    /// opens without the range, and Core checks the submit anyway.
    /// </summary>
    private async Task<(bool Known, Prompt? Prompt)> CurrentPromptAsync(ConversationKey key, CustomId opener, Step step, TimeSpan budget,
        CancellationToken cancellationToken)
    {
        if (budget <= TimeSpan.FromMilliseconds(50))
        {
            return (false, null);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(budget);
        try
        {
            return (true, await conversations.CurrentPromptAsync(key, opener.SessionId, opener.Turn, step, timeout.Token));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (false, null);
        }
    }

    /// <summary>
    /// Sends the reply's follow-ups, then either blanks the student's other replies (after an erasure) or adds the
    /// follow-ups' ids to this reply, held since before it was sent (original response <paramref name="originalMessageId"/> when known).
    /// </summary>
    private async Task FinishAsync(InteractionPayload interaction, ParsedInteraction parsed, Reply reply, RenderedReply rendered,
        string? originalMessageId, List<string> followUps, CancellationToken cancellationToken)
    {
        foreach (var message in rendered.FollowUps)
        {
            Add(followUps, await responder.FollowUpAsync(interaction, message, parsed.InGuild, cancellationToken));
        }

        if (reply.Has(NoticeKind.Erased))
        {
            await eraser.EraseAsync(interaction, parsed, cancellationToken);
            return;
        }

        if (followUps.Count > 0)
        {
            Remember(interaction, parsed, originalMessageId, followUps);
        }
    }

    /// <summary>
    /// Holds the reply before it is sent, so a forget that arrives the moment the student sees it (from another server
    /// or the DM) still finds it; <see cref="FinishAsync"/> adds the follow-ups' ids once they exist.
    /// </summary>
    private void Hold(InteractionPayload interaction, ParsedInteraction parsed, Reply reply, string? originalMessageId)
    {
        if (!reply.Has(NoticeKind.Erased))
        {
            Remember(interaction, parsed, originalMessageId, []);
        }
    }

    private void Remember(InteractionPayload interaction, ParsedInteraction parsed, string? originalMessageId, IReadOnlyList<string> followUps)
    {
        var age = interaction.ReceivedAt == 0 ? TimeSpan.Zero : time.GetElapsedTime(interaction.ReceivedAt);
        editable.Remember(parsed.Key, interaction.ApplicationId, interaction.Token, originalMessageId, followUps, age);
    }

    private static void Add(List<string> ids, string? id)
    {
        if (id is not null)
        {
            ids.Add(id);
        }
    }

    private RenderedReply Checked(RenderedReply rendered)
    {
        foreach (var problem in rendered.Messages.SelectMany(DiscordLimits.Violations))
        {
            logger.LimitViolation(problem);
        }

        return rendered;
    }

    private static bool ShowsAsNotice(Reply reply) => reply.IsStale || reply.View is null;

    /// <summary>
    /// The click's conversation no longer exists (expired, erased, or the message was someone else's), so the fresh
    /// start goes in a new message instead of overwriting the one clicked.
    /// </summary>
    private static bool StartsElsewhere(Reply reply) => reply.Has(NoticeKind.ConversationLost);

    private static string NoticeText(Reply reply) =>
        string.Join("\n", reply.Notices.Select(n => n.Text)) is { Length: > 0 } text ? text : reply.IsStale ? OutOfDate : "Something went wrong; please try again.";

    private static MessagePayload Ephemeral(string text) => ReplyRenderer.Notice(text) with { Flags = InteractionTypes.Ephemeral };
}
