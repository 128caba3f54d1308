using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Slack.BlockKit;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>One guidance section: each item as a bold heading and its paragraphs, split between sentences when long.</summary>
internal static class SectionRenderer
{
    public static (List<Block> Body, List<Block> Tail, string Fallback) Render(GuidanceSection section, AdviceReport report,
        ChatLabels labels, string sessionId, int turn)
    {
        List<Block> body = [Blocks.Header(section.Title, "title")];
        foreach (var item in section.Items)
        {
            body.AddRange(Blocks.Sections($"{Mrkdwn.Bold(item.Heading)}\n{Mrkdwn.FromGuidance(item.Text)}", "item-" + item.Key));
        }

        List<Block> tail = [GuidanceButtons.Render(report, labels, sessionId, turn, withBackToResult: true)];
        var fallback = $"{section.Title}: {string.Join("; ", section.Items.Select(i => i.Heading))}";
        return (body, tail, fallback);
    }
}
