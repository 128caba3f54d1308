using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Season;

/// <summary>
/// The coming milestones, soonest first: each with its date in the student's zone (or "not published yet"), the
/// official page it was read at, and the open tasks due before it.
/// </summary>
internal static class WhatsNextRenderer
{
    public static IEnumerable<EmbedBlock> Blocks(WhatsNextView view)
    {
        var entries = view.Milestones.Select(Entry).ToList();
        yield return new EmbedBlock($"{SeasonLabels.ComingUpTitle}: {view.Cycle}",
            entries.Count == 0 ? SeasonLabels.NothingComing : string.Join("\n\n", entries));
    }

    private static string Entry(ComingMilestone coming)
    {
        var milestone = coming.Milestone;
        var entry = $"**{milestone.Title}**: {coming.When} ([{SeasonLabels.OfficialPage}]({milestone.Source.AbsoluteUri}))";
        return entry + string.Concat(coming.OpenTasks.Select(t => $"\n• {SeasonLabels.StillOpen} {t.Text.ReplaceLineEndings(" ")}"));
    }
}
