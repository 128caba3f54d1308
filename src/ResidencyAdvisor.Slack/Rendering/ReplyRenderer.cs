using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.BlockKit;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>Turns a core <see cref="Reply"/> into the Slack messages to post: notices first, then the view.</summary>
internal static class ReplyRenderer
{
    public static IReadOnlyList<SlackMessage> Render(Reply reply)
    {
        var notices = NoticeBlocks.Render(reply.Notices);
        var noticeText = NoticeBlocks.Text(reply.Notices);
        switch (reply.View)
        {
            case QuestionView question:
                return Pack(notices, QuestionRenderer.Render(question.Prompt, reply.SessionId, reply.Turn), [],
                    Join(noticeText, QuestionRenderer.Fallback(question.Prompt)));
            case SummaryView summary:
                return Pack(notices, SummaryRenderer.Render(summary, reply.SessionId, reply.Turn), [], Join(noticeText, SummaryRenderer.Fallback));
            case ResultView result:
                var (body, tail, fallback) = ResultRenderer.Render(result.Report, reply.SessionId, reply.Turn);
                return Pack(notices, body, tail, Join(noticeText, fallback));
            case SectionView section:
                var (sectionBody, sectionTail, sectionFallback) = SectionRenderer.Render(section.Section, section.Report, reply.SessionId, reply.Turn);
                return Pack(notices, sectionBody, sectionTail, Join(noticeText, sectionFallback));
            case PausedView:
                return Pack(notices, [Blocks.Context("Send any message or use /advise to pick up where you left off.", "paused")], [],
                    Join(noticeText, "Paused."));
            case ChecklistView checklist:
                var (checklistBody, checklistTail, checklistFallback) = SeasonRenderer.Checklist(checklist, reply.SessionId, reply.Turn);
                return Pack(notices, checklistBody, checklistTail, Join(noticeText, checklistFallback));
            case WhatsNextView next:
                var (nextBody, nextFallback) = SeasonRenderer.WhatsNext(next);
                return Pack(notices, nextBody, [], Join(noticeText, nextFallback));
            case PlanView plan:
                var (planBody, planFallback) = SeasonRenderer.Plan(plan);
                return Pack(notices, planBody, [], Join(noticeText, planFallback));
            case RemindersView reminders:
                return Pack(notices, [], SeasonRenderer.Reminders(reminders, reply.SessionId, reply.Turn), noticeText);
            default:
                return notices.Count == 0 ? [] : Pack(notices, [], [], noticeText);
        }
    }

    /// <summary>The short text of a notice-only answer to a click on an old message (sent ephemerally).</summary>
    public static string StaleText(Reply reply) => NoticeBlocks.Text(reply.Notices);

    private static IReadOnlyList<SlackMessage> Pack(IReadOnlyList<Block> notices, List<Block> body, List<Block> tail, string fallback) =>
        MessagePacker.Pack([.. notices, .. body], tail, fallback);

    private static string Join(string notices, string text) => notices.Length == 0 ? text : notices + " " + text;
}
