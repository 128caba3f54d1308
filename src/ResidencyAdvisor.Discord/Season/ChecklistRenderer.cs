using System.Globalization;
using System.Text;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;
using static ResidencyAdvisor.Discord.Rendering.Components;

namespace ResidencyAdvisor.Discord.Season;

/// <summary>
/// The checklist as numbered lines with a tick or an open box, its progress in the title, a menu to tick an open
/// task done and one to take a tick back, and the season's buttons. A menu holds 25 options: beyond that it lists the
/// first 25 and says so, and ticking brings the next open tasks in.
/// </summary>
internal static class ChecklistRenderer
{
    // A task wordier than this is cut on its line; the file carries every word.
    private const int LineLength = 600;

    // As EmbedPacker's chunks: whole lines per embed, so a line is never split between two cards.
    private const int ChunkLength = 2048;

    // Marks, not words: they read the same in any wording of labels.json.
    private const string Done = "✅";
    private const string Open = "⬜";

    public static IEnumerable<EmbedBlock> Blocks(ChecklistView view, ChatLabels labels)
    {
        var checklist = view.Checklist;
        var lines = view.Lines.Select((line, i) => Line(checklist, i, line)).ToList();
        if (Notes(checklist, labels) is { Length: > 0 } notes)
        {
            lines.Add(notes);
        }
        else if (checklist.Tasks.Count > 0 && checklist.DoneCount == checklist.Tasks.Count)
        {
            lines.Add(labels[ChatLabel.AllDone]);
        }

        string? title = labels.Format(ChatLabel.ChecklistTitle, ("progress", checklist.Progress));
        var chunk = new StringBuilder();
        foreach (var line in lines)
        {
            if (chunk.Length > 0 && chunk.Length + 1 + line.Length > ChunkLength)
            {
                yield return new EmbedBlock(title, chunk.ToString());
                (title, chunk) = (null, new StringBuilder());
            }

            chunk.Append(chunk.Length == 0 ? "" : "\n").Append(line);
        }

        yield return new EmbedBlock(title, chunk.ToString());
    }

    public static List<ComponentPayload> Rows(ChecklistView view, ChatLabels labels, string sessionId, int turn)
    {
        var checklist = view.Checklist;
        var numbered = checklist.Tasks.Select((task, i) => (Task: task, Number: i + 1)).ToList();
        var open = numbered.Where(t => !checklist.IsDone(t.Task)).ToList();
        var done = numbered.Where(t => checklist.IsDone(t.Task)).ToList();
        var rows = new List<ComponentPayload>();
        if (open.Count > 0)
        {
            rows.Add(Row(Select(new CustomId(ControlAction.TickTask, sessionId, turn), labels[ChatLabel.TickTask], open.Select(Option), 1, 1)));
        }

        if (done.Count > 0)
        {
            rows.Add(Row(Select(new CustomId(ControlAction.UntickTask, sessionId, turn), labels[ChatLabel.UntickTask], done.Select(Option), 1, 1)));
        }

        // Nothing typed reaches the bot on Discord, so the zone (for dates shown and reminders) is chosen here.
        rows.Add(Row(Select(new CustomId(ControlAction.SetTimeZone, sessionId, turn), labels[ChatLabel.ShowMyDatesIn],
            StudentTimeZone.MenuChoices.Select(z => Components.Option(z.Label, z.Id)), 1, 1)));
        rows.Add(SeasonButtons.Row(labels, sessionId, turn, ControlAction.Checklist));
        return rows;
    }

    /// <summary>"3. [x] Write …" as "✅ **3.** Write …": a box the eye finds, and no list Discord would renumber.</summary>
    private static string Line(SeasonChecklist checklist, int index, string line)
    {
        var number = (index + 1).ToString(CultureInfo.InvariantCulture);
        var done = index < checklist.Tasks.Count && checklist.IsDone(checklist.Tasks[index]);
        var prefix = $"{number}. [{(done ? "x" : " ")}] ";
        var text = line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..] : line;
        return LabelFitter.Fit($"{(done ? Done : Open)} **{number}.** {text.ReplaceLineEndings(" ")}", LineLength);
    }

    private static string Notes(SeasonChecklist checklist, ChatLabels labels)
    {
        var open = checklist.Tasks.Count - checklist.DoneCount;
        var notes = new List<string>();
        if (open > DiscordLimits.SelectOptions)
        {
            notes.Add(labels[ChatLabel.TickMenuFull]);
        }

        if (checklist.DoneCount > DiscordLimits.SelectOptions)
        {
            notes.Add(labels[ChatLabel.UntickMenuFull]);
        }

        return notes.Count == 0 ? "" : "\n_" + string.Join(" ", notes) + "_";
    }

    private static SelectOptionPayload Option((SeasonTask Task, int Number) task) =>
        Components.Option($"{task.Number}. {task.Task.Text.ReplaceLineEndings(" ")}", task.Number.ToString(CultureInfo.InvariantCulture));
}
