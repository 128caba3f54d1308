using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Season;

namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>Turns a core <see cref="Reply"/> into Discord messages within Discord's limits.</summary>
internal static class ReplyRenderer
{
    private static readonly AllowedMentionsPayload NoMentions = new([]);

    /// <param name="labels">The fixed words of buttons, menus and headings.</param>
    /// <param name="nothingToShow">The text of a reply with neither a view nor a notice.</param>
    public static RenderedReply Render(Reply reply, ChatLabels labels, string nothingToShow = "")
    {
        var content = Notices(reply);
        var invalid = reply.Has(NoticeKind.InvalidAnswer);
        switch (reply.View)
        {
            case QuestionView question:
                var (questionEmbed, questionRows) = QuestionRenderer.Render(question.Prompt, labels, reply.SessionId, reply.Turn, invalid);
                return One(content, [questionEmbed], questionRows);
            case SummaryView summary:
                var (summaryEmbed, summaryRows) = SummaryRenderer.Render(summary, labels, reply.SessionId, reply.Turn);
                return One(content, [summaryEmbed], summaryRows);
            case ResultView result:
                return Many(content, ResultRenderer.Result(result.Report, labels),
                    ResultRenderer.Buttons(result.Report, labels, reply.SessionId, reply.Turn, openSection: null));
            case SectionView section:
                return Many(content, ResultRenderer.Section(section.Section),
                    ResultRenderer.Buttons(section.Report, labels, reply.SessionId, reply.Turn, section.Section.Id));
            case ChecklistView checklist:
                return Many(content, ChecklistRenderer.Blocks(checklist, labels), ChecklistRenderer.Rows(checklist, labels, reply.SessionId, reply.Turn));
            case WhatsNextView coming:
                return Many(content, WhatsNextRenderer.Blocks(coming, labels), [SeasonButtons.Row(labels, reply.SessionId, reply.Turn, ControlAction.WhatsNext)]);
            case PlanView plan:
                // The file itself goes with the message as an attachment (Interactions/PlanReplySender); this is its line.
                return new RenderedReply([PlanRenderer.Message(plan, labels, content)]);
            case PausedView:
                return One(content, [Paused(labels)], [Components.Row(Components.Button(labels[ChatLabel.Continue], CustomId.Start(), ComponentTypes.Primary))]);
            case ErasedView:
                return One(content, [], [Components.Row(Components.Button(labels[ChatLabel.StartAgain], CustomId.Start(), ComponentTypes.Primary))]);
            default:
                return One(content.Length > 0 ? content : nothingToShow, [], []);
        }
    }

    /// <summary>A message with only a short text, for ephemeral notices.</summary>
    public static MessagePayload Notice(string text) =>
        new() { Content = LabelFitter.Fit(text, DiscordLimits.Content), AllowedMentions = NoMentions };

    private static EmbedPayload Paused(ChatLabels labels) => new()
    {
        Title = LabelFitter.Fit(labels[ChatLabel.Paused], DiscordLimits.EmbedTitle),
        Description = LabelFitter.Fit(labels[ChatLabel.AnswersSaved], DiscordLimits.EmbedDescription),
        Color = EmbedPacker.Color,
    };

    private static string Notices(Reply reply) =>
        LabelFitter.Fit(string.Join("\n", reply.Notices.Select(n => n.Kind == NoticeKind.InvalidAnswer ? $"**{n.Text}**" : n.Text)), DiscordLimits.Content);

    private static RenderedReply One(string content, List<EmbedPayload> embeds, List<ComponentPayload> rows) =>
        new([Message(content, embeds, rows)]);

    private static RenderedReply Many(string content, IEnumerable<EmbedBlock> blocks, List<ComponentPayload> rows)
    {
        var pages = EmbedPacker.Pack(blocks);
        var messages = new List<MessagePayload>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            messages.Add(Message(i == 0 ? content : "", pages[i], i == pages.Count - 1 ? rows : []));
        }

        return new RenderedReply(messages);
    }

    // Content, embeds and components are always sent, even empty, so an update in place clears the old question.
    private static MessagePayload Message(string content, List<EmbedPayload> embeds, List<ComponentPayload> rows) => new()
    {
        Content = content,
        Embeds = embeds,
        Components = rows,
        AllowedMentions = NoMentions,
    };
}
