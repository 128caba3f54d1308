using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.BlockKit;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>Turns a core <see cref="Reply"/> into the Slack messages to post: notices first, then the view.</summary>
internal static class ReplyRenderer
{
    public static IReadOnlyList<SlackMessage> Render(Reply reply, ChatLabels labels)
    {
        var notices = NoticeBlocks.Render(reply.Notices);
        var noticeText = NoticeBlocks.Text(reply.Notices);
        switch (reply.View)
        {
            case QuestionView question:
                return Pack(notices, QuestionRenderer.Render(question.Prompt, labels, reply.SessionId, reply.Turn), [],
                    Join(noticeText, QuestionRenderer.Fallback(question.Prompt)), labels);
            case SummaryView summary:
                return Pack(notices, SummaryRenderer.Render(summary, labels, reply.SessionId, reply.Turn), [], Join(noticeText, labels[ChatLabel.SummaryFallback]), labels);
            case ResultView result:
                var (body, tail, fallback) = ResultRenderer.Render(result.Report, labels, reply.SessionId, reply.Turn);
                return Pack(notices, body, tail, Join(noticeText, fallback), labels);
            case SectionView section:
                var (sectionBody, sectionTail, sectionFallback) = SectionRenderer.Render(section.Section, section.Report, labels, reply.SessionId, reply.Turn);
                return Pack(notices, sectionBody, sectionTail, Join(noticeText, sectionFallback), labels);
            case PausedView:
                return Pack(notices, [Blocks.Context(Mrkdwn.Escape(labels[ChatLabel.PausedHint]), "paused")], [],
                    Join(noticeText, labels[ChatLabel.Paused]), labels);
            case ChecklistView checklist:
                var (checklistBody, checklistTail, checklistFallback) = SeasonRenderer.Checklist(checklist, labels, reply.SessionId, reply.Turn);
                return Pack(notices, checklistBody, checklistTail, Join(noticeText, checklistFallback), labels);
            case WhatsNextView next:
                var (nextBody, nextFallback) = SeasonRenderer.WhatsNext(next, labels);
                return Pack(notices, nextBody, [], Join(noticeText, nextFallback), labels);
            case PlanView plan:
                var (planBody, planFallback) = SeasonRenderer.Plan(plan, labels);
                return Pack(notices, planBody, [], Join(noticeText, planFallback), labels);
            case RemindersView reminders:
                return Pack(notices, [], SeasonRenderer.Reminders(reminders, labels, reply.SessionId, reply.Turn), noticeText, labels);
            default:
                return notices.Count == 0 ? [] : Pack(notices, [], [], noticeText, labels);
        }
    }

    /// <summary>The short text of a notice-only answer to a click on an old message (sent ephemerally).</summary>
    public static string StaleText(Reply reply) => NoticeBlocks.Text(reply.Notices);

    private static IReadOnlyList<SlackMessage> Pack(IReadOnlyList<Block> notices, List<Block> body, List<Block> tail, string fallback,
        ChatLabels labels) => MessagePacker.Pack([.. notices, .. body], tail, fallback, labels[ChatLabel.Continued]);

    private static string Join(string notices, string text) => notices.Length == 0 ? text : notices + " " + text;
}
