using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;
using ResidencyAdvisor.Discord.Rest;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// After "forget", replaces the student's earlier replies that the bot can still reach (the latest one in each server
/// and the DM, and the latest plan file there, while its interaction token works) with a short notice, no buttons and
/// no file, since they may show answers.
/// Ephemeral replies can only be edited this way; anything older stays as it is (README, "Privacy and erasure").
/// </summary>
internal sealed class EarlierReplyEraser(EditableReplies replies, DiscordRestClient rest, AdvisorContent content, ILogger<EarlierReplyEraser> logger)
{
    // An empty attachments list takes a plan file off its message too.
    private readonly MessagePayload _blank = ReplyRenderer.Notice(content.Notices[StudentNotice.Erased]) with { Embeds = [], Components = [], Attachments = [] };

    /// <summary>
    /// Edits every held reply of the student; the message the Forget button was on already shows the answer to it, so
    /// it is left alone (and so is a reply in that scope whose message is unknown, since it may be that same message).
    /// </summary>
    public async Task EraseAsync(InteractionPayload interaction, ParsedInteraction parsed, CancellationToken cancellationToken)
    {
        var clicked = parsed.FromMessage ? interaction.Message?.Id : null;
        foreach (var (key, reply) in replies.TakeAll(parsed.Key.UserId))
        {
            var sameScope = key == parsed.Key;
            if (reply.EditsOriginal && !(sameScope && parsed.FromMessage && (reply.OriginalMessageId is null || reply.OriginalMessageId == clicked)))
            {
                await EditAsync(RestRoute.EditOriginal(reply.ApplicationId, reply.Token), cancellationToken);
            }

            foreach (var id in reply.FollowUpIds.Where(id => id != clicked))
            {
                await EditAsync(RestRoute.EditFollowUp(reply.ApplicationId, reply.Token, id), cancellationToken);
            }
        }
    }

    private async Task EditAsync(RestRoute route, CancellationToken cancellationToken)
    {
        try
        {
            await rest.SendAsync(route, _blank, DiscordJsonContext.Default.MessagePayload, cancellationToken);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The student may have dismissed the message, or Discord expired the token early: nothing more can be done.
            logger.EarlierReplyNotErased(ex.GetType().Name);
        }
    }
}
