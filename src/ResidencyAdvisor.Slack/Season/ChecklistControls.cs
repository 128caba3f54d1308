using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Interactions;
using ResidencyAdvisor.Slack.Rendering;

namespace ResidencyAdvisor.Slack.Season;

/// <summary>
/// The checklist's controls: one static_select of the open tasks (picking one ticks it) and one of the done tasks
/// (picking one takes the tick back). Selects rather than checkboxes: a pick is one click that sends exactly one task,
/// so nothing has to diff a group's state against the checklist, and a select holds 100 tasks where a checkbox group
/// holds 10, which keeps even a long checklist to one message that a tick can update in place.
/// </summary>
internal static class ChecklistControls
{
    public static IEnumerable<Block> Render(SeasonChecklist checklist, ChatLabels labels, string sessionId, int turn)
    {
        var numbered = checklist.Tasks.Select((task, i) => (Task: task, Number: i + 1)).ToList();
        var open = Selects(ControlAction.TickTask, labels[ChatLabel.TickTask], numbered.Where(t => !checklist.IsDone(t.Task)), sessionId, turn);
        var done = Selects(ControlAction.UntickTask, labels[ChatLabel.UntickTask], numbered.Where(t => checklist.IsDone(t.Task)), sessionId, turn);
        var elements = open.Concat(done).ToList();
        for (var i = 0; i < elements.Count; i += BlockKitLimits.ActionsElements)
        {
            yield return new ActionsBlock(elements.Skip(i).Take(BlockKitLimits.ActionsElements).ToList(), i == 0 ? "checklist-ticks" : $"checklist-ticks-{i}");
        }
    }

    /// <summary>
    /// As many selects as the tasks need, 100 options each. A select's action id names its group only to stay unique in
    /// the message; the task comes from the chosen option's value.
    /// </summary>
    private static IEnumerable<StaticSelectElement> Selects(ControlAction action, string placeholder,
        IEnumerable<(SeasonTask Task, int Number)> tasks, string sessionId, int turn) =>
        tasks.Chunk(BlockKitLimits.SelectOptions).Select((group, i) => new StaticSelectElement(
            Blocks.Placeholder(placeholder),
            ActionIds.Build(action, sessionId, turn, i == 0 ? null : "g" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            [.. group.Select(t => Blocks.Option($"{t.Number}. {t.Task.Text}", t.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))]));
}
