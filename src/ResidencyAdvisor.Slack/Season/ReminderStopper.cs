using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Slack.Season;

/// <summary>
/// Makes "Stop reminders" stop them whatever the conversation is doing. The engine answers a stop only once the
/// recommendation is shown; a student who started over since subscribing would otherwise get "not yet" and keep
/// receiving reminders they asked to stop.
/// </summary>
internal sealed class ReminderStopper(AdvisorContent content, IReminderStore? reminders = null)
{
    public async Task<Reply> EnsureStoppedAsync(ConversationKey key, Reply reply, CancellationToken cancellationToken)
    {
        if (reminders is null || reply.View is RemindersView { On: false })
        {
            return reply;
        }

        await reminders.UnsubscribeAsync(key, cancellationToken);
        return reply with { Notices = [new Notice(NoticeKind.Help, content.Notices[StudentNotice.RemindersOff])], View = null };
    }
}
