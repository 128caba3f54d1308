using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Slack.BlockKit;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>The season companion in a DM: the checklist and the coming dates, as text the student answers by typing.</summary>
internal static class SeasonRenderer
{
    public const string ChecklistHint = "Type *done 3* to tick task 3, *undo 3* to untick it, *plan* for your plan as a file, or *what's next* for the season's dates.";

    public static (List<Block> Body, string Fallback) Checklist(ChecklistView view)
    {
        var title = "Your checklist: " + view.Checklist.Progress;
        var lines = string.Join("\n", view.Lines.Select(Mrkdwn.Escape));
        return ([Blocks.Header(title, "checklist"), .. Blocks.Sections(lines, "checklist-"), Blocks.Context(ChecklistHint, "checklist-hint")], title);
    }

    public static (List<Block> Body, string Fallback) WhatsNext(WhatsNextView view)
    {
        var title = "Coming up: " + view.Cycle;
        var lines = string.Join("\n", view.Milestones.Select(m =>
            $"• {Mrkdwn.Bold(m.Milestone.Title)}: {Mrkdwn.Escape(m.When)}"
            + (m.Milestone.IsPublished ? "" : $" (<{m.Milestone.Source}|official page>)")
            + string.Concat(m.OpenTasks.Select(t => "\n      still open: " + Mrkdwn.Escape(t.Text)))));
        return ([Blocks.Header(title, "whats-next"), .. Blocks.Sections(lines, "whats-next-")], title);
    }

    /// <summary>The line posted with the plan; the file itself is uploaded beside it.</summary>
    public static (List<Block> Body, string Fallback) Plan(PlanView view)
    {
        var text = $"Your plan is attached as {view.FileName} ({view.Checklist.Progress} on its checklist).";
        return ([Blocks.Context(Mrkdwn.Escape(text), "plan")], text);
    }
}
