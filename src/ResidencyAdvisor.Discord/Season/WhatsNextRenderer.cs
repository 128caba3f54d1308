using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Season;

/// <summary>
/// The coming milestones, soonest first: each with its date in the student's zone (or "not published yet"), the
/// official page it was read at, and the open tasks due before it.
/// </summary>
internal static class WhatsNextRenderer
{
    public static IEnumerable<EmbedBlock> Blocks(WhatsNextView view, ChatLabels labels)
    {
        var entries = view.Milestones.Select(m => Entry(m, labels)).ToList();
        yield return new EmbedBlock(labels.Format(ChatLabel.WhatsNextTitle, ("cycle", view.Cycle)),
            entries.Count == 0 ? labels[ChatLabel.NothingComing] : string.Join("\n\n", entries));
    }

    private static string Entry(ComingMilestone coming, ChatLabels labels)
    {
        var milestone = coming.Milestone;
        var entry = $"**{milestone.Title}**: {coming.When} ([{labels[ChatLabel.OfficialPage]}]({milestone.Source.AbsoluteUri}))";
        return entry + string.Concat(coming.OpenTasks.Select(t => "\n• " + labels.Format(ChatLabel.StillOpen, ("task", t.Text.ReplaceLineEndings(" ")))));
    }
}
