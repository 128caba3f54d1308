using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Interactions;
using ResidencyAdvisor.Slack.Season;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>The season companion in a DM: the checklist with its tick controls, the coming dates, the plan's note, reminders.</summary>
internal static class SeasonRenderer
{
    public static (List<Block> Body, List<Block> Tail, string Fallback) Checklist(ChecklistView view, ChatLabels labels, string sessionId, int turn)
    {
        var title = labels.Format(ChatLabel.ChecklistTitle, ("progress", view.Checklist.Progress));
        var lines = string.Join("\n", view.Lines.Select(Mrkdwn.Escape));
        List<Block> tail =
        [
            .. ChecklistControls.Render(view.Checklist, labels, sessionId, turn),
            Blocks.Context(Mrkdwn.Escape(labels[ChatLabel.ChecklistHint]), "checklist-hint"),
        ];
        return ([Blocks.Header(title, "checklist"), .. Blocks.Sections(lines, "checklist-")], tail, title);
    }

    public static (List<Block> Body, string Fallback) WhatsNext(WhatsNextView view, ChatLabels labels)
    {
        var title = labels.Format(ChatLabel.WhatsNextTitle, ("cycle", view.Cycle));
        var lines = string.Join("\n", view.Milestones.Select(m =>
            $"• {Mrkdwn.Bold(m.Milestone.Title)}: {Mrkdwn.Escape(m.When)}"
            + (m.Milestone.IsPublished ? "" : $" (<{m.Milestone.Source}|{Mrkdwn.Escape(labels[ChatLabel.OfficialPage])}>)")
            + string.Concat(m.OpenTasks.Select(t => "\n      " + Mrkdwn.Escape(labels.Format(ChatLabel.StillOpen, ("task", t.Text)))))));
        return ([Blocks.Header(title, "whats-next"), .. Blocks.Sections(lines, "whats-next-")], title);
    }

    /// <summary>The line posted with the plan; the file itself is uploaded beside it.</summary>
    public static (List<Block> Body, string Fallback) Plan(PlanView view, ChatLabels labels)
    {
        var text = labels.Format(ChatLabel.PlanAttached, ("file", view.FileName), ("progress", view.Checklist.Progress));
        return ([Blocks.Context(Mrkdwn.Escape(text), "plan")], text);
    }

    /// <summary>The season's buttons under the recommendation; not pinned to the turn (see InteractionParser).</summary>
    public static ActionsBlock Buttons(ChatLabels labels, string sessionId, int turn) => new(
    [
        Blocks.Button(labels[ChatLabel.SendMyPlan], ActionIds.Build(ControlAction.Plan, sessionId, turn), style: "primary"),
        Blocks.Button(labels[ChatLabel.MyChecklist], ActionIds.Build(ControlAction.Checklist, sessionId, turn)),
        Blocks.Button(labels[ChatLabel.WhatsNext], ActionIds.Build(ControlAction.WhatsNext, sessionId, turn)),
        Blocks.Button(labels[ChatLabel.RemindMe], ActionIds.Build(ControlAction.RemindersOn, sessionId, turn)),
    ], "season");

    /// <summary>Reminders turned on keep a way to stop them at hand; turned off, a way back on.</summary>
    public static List<Block> Reminders(RemindersView view, ChatLabels labels, string sessionId, int turn) =>
    [
        new ActionsBlock([view.On
            ? Blocks.Button(labels[ChatLabel.StopReminders], SeasonActionIds.StopReminders)
            : Blocks.Button(labels[ChatLabel.RemindMe], ActionIds.Build(ControlAction.RemindersOn, sessionId, turn))], "reminders"),
    ];
}
