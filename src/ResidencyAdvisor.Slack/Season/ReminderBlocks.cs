using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Rendering;

namespace ResidencyAdvisor.Slack.Season;

/// <summary>A reminder as Block Kit: its words, the open tasks as a list, and the "Stop reminders" button last.</summary>
internal static class ReminderBlocks
{
    public static SlackMessage Render(ReminderMessage reminder, ChatLabels labels)
    {
        var tasks = TaskList(reminder);
        var blocks = new List<Block>(Blocks.Sections(Mrkdwn.Escape(reminder.Text), "reminder"));
        if (tasks.Length > 0)
        {
            blocks.AddRange(Blocks.Sections(tasks, "open-tasks"));
        }

        // However long the checklist, the button must survive: the text gives way to it, never the other way round.
        if (blocks.Count > BlockKitLimits.MessageBlocks - 1)
        {
            blocks.RemoveRange(BlockKitLimits.MessageBlocks - 1, blocks.Count - (BlockKitLimits.MessageBlocks - 1));
        }

        blocks.Add(new ActionsBlock([Blocks.Button(labels[ChatLabel.StopReminders], SeasonActionIds.StopReminders)], "reminder-actions"));
        var fallback = tasks.Length > 0 ? reminder.Text + "\n" + tasks : reminder.Text;
        return new SlackMessage(BlockKitLimits.Fallback(fallback), blocks);
    }

    /// <summary>The heading in bold, then one bullet per task; empty when nothing is open.</summary>
    private static string TaskList(ReminderMessage reminder)
    {
        if (reminder.OpenTasks.Count == 0)
        {
            return reminder.OpenTasksHeading.Length > 0 ? Mrkdwn.Bold(reminder.OpenTasksHeading) : "";
        }

        var bullets = reminder.OpenTasks.Select(task => "• " + Mrkdwn.Escape(task));
        var lines = reminder.OpenTasksHeading.Length > 0 ? bullets.Prepend(Mrkdwn.Bold(reminder.OpenTasksHeading)) : bullets;
        return string.Join('\n', lines);
    }
}
