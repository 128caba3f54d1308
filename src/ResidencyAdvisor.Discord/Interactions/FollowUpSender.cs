using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// After a reply's first message: sends its follow-ups, then either blanks the student's other replies (after an
/// erasure) or remembers this reply's messages, so a later forget can blank them.
/// </summary>
internal sealed class FollowUpSender(InteractionResponder responder, EditableReplies editable, EarlierReplyEraser eraser, TimeProvider time)
{
    /// <summary>
    /// Holds the reply before it is sent, so a forget that arrives the moment the student sees it (from another server
    /// or the DM) still finds it; <see cref="FinishAsync"/> adds the follow-ups' ids once they exist.
    /// </summary>
    public void Hold(InteractionPayload interaction, ParsedInteraction parsed, Reply reply, string? originalMessageId)
    {
        if (!reply.Has(NoticeKind.Erased))
        {
            Remember(interaction, parsed, originalMessageId, []);
        }
    }

    /// <summary>
    /// Sends the reply's follow-ups (after <paramref name="sent"/>, those already sent), then erases or remembers; the
    /// original response is <paramref name="originalMessageId"/> when known.
    /// </summary>
    public async Task FinishAsync(InteractionPayload interaction, ParsedInteraction parsed, Reply reply, RenderedReply rendered,
        string? originalMessageId, List<string> sent, CancellationToken cancellationToken)
    {
        foreach (var message in rendered.FollowUps)
        {
            Add(sent, await responder.FollowUpAsync(interaction, message, parsed.InGuild, cancellationToken));
        }

        if (reply.Has(NoticeKind.Erased))
        {
            await eraser.EraseAsync(interaction, parsed, cancellationToken);
            return;
        }

        if (sent.Count > 0)
        {
            Remember(interaction, parsed, originalMessageId, sent);
        }
    }

    public static void Add(List<string> ids, string? id)
    {
        if (id is not null)
        {
            ids.Add(id);
        }
    }

    private void Remember(InteractionPayload interaction, ParsedInteraction parsed, string? originalMessageId, IReadOnlyList<string> followUps)
    {
        var age = interaction.ReceivedAt == 0 ? TimeSpan.Zero : time.GetElapsedTime(interaction.ReceivedAt);
        editable.Remember(parsed.Key, interaction.ApplicationId, interaction.Token, originalMessageId, followUps, age);
    }
}
