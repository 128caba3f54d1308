using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// After "forget", replaces every message any instance posted to the student, in every workspace (questions with their
/// answers, the summary, the recommendation), with a short note and no blocks: Slack lets the bot edit its own messages
/// in the DM.
/// </summary>
internal sealed class EarlierReplyEraser(PostedMessages posted, SlackWebApi api, BestEffortCalls calls, AdvisorContent content)
{
    public async Task EraseAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var erased = new SlackMessage(content.Notices[StudentNotice.Erased], []);
        foreach (var message in await posted.TakeAllAsync(key.Platform, key.UserId, cancellationToken))
        {
            await calls.TryAsync("chat.update", () => api.UpdateMessageAsync(message.Key.Scope, message.Channel, message.MessageId, erased, cancellationToken));
        }
    }
}
