using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Rendering;
using ResidencyAdvisor.Slack.Season;

namespace ResidencyAdvisor.Slack.Tests.Rendering;

/// <summary>However long the checklist, it is one message within Block Kit's limits, so a tick can redraw it in place.</summary>
public class ChecklistLimitsTests
{
    private static readonly ChatLabels Labels = TestContent.Content.Labels;

    [Theory]
    [InlineData(1, 0)]
    [InlineData(14, 3)]
    [InlineData(101, 0)]
    [InlineData(250, 120)]
    public void A_checklist_of_any_length_is_one_message_within_the_limits_with_every_task_in_a_select(int count, int done)
    {
        var tasks = Enumerable.Range(1, count)
            .Select(i => new SeasonTask($"task-{i}", $"Task {i}: " + new string('x', 180) + " & <done> *carefully*", "rol-deadline")).ToList();
        var checklist = new SeasonChecklist(tasks, tasks.Take(done).Select(t => t.Id).ToHashSet());
        var lines = checklist.Lines(TestContent.Content.Calendar, StudentTimeZone.FindOrDefault(null)).ToList();
        var reply = new Reply("0123456789abcdef0123456789abcdef", 9999, [new Notice(NoticeKind.Help, "Ticked 1: " + tasks[0].Text)],
            new ChecklistView(checklist, lines));

        var message = Assert.Single(ReplyRenderer.Render(reply, Labels));

        Assert.Empty(BlockKitLimits.Validate(message));
        var selects = message.Blocks.OfType<ActionsBlock>().SelectMany(a => a.Elements).OfType<StaticSelectElement>().ToList();
        var open = selects.Where(s => s.Placeholder.Text == Labels[ChatLabel.TickTask]).SelectMany(s => s.Options).Select(o => o.Value);
        var ticked = selects.Where(s => s.Placeholder.Text == Labels[ChatLabel.UntickTask]).SelectMany(s => s.Options).Select(o => o.Value);
        Assert.Equal(Enumerable.Range(done + 1, count - done).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), open);
        Assert.Equal(Enumerable.Range(1, done).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), ticked);
        Assert.Contains(message.Blocks.OfType<ContextBlock>(), c => c.Elements[0].Text.Contains("*done 3*", StringComparison.Ordinal));
    }

    [Fact]
    public void Reminders_turned_on_offer_the_stop_button_within_the_limits()
    {
        var reply = new Reply("0123456789abcdef0123456789abcdef", 3, [new Notice(NoticeKind.Help, "Reminders are on.")],
            new RemindersView(true, "America/Chicago"));

        var message = Assert.Single(ReplyRenderer.Render(reply, Labels));

        Assert.Empty(BlockKitLimits.Validate(message));
        var button = Assert.IsType<ButtonElement>(Assert.Single(message.Blocks.OfType<ActionsBlock>().Single().Elements));
        Assert.Equal(SeasonActionIds.StopReminders, button.ActionId);
    }
}
