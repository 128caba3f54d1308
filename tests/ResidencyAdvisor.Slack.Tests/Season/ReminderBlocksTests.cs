using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Io;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Season;

namespace ResidencyAdvisor.Slack.Tests.Season;

public class ReminderBlocksTests
{
    [Fact]
    public void A_reminder_with_a_huge_checklist_fits_Block_Kit_and_keeps_its_stop_button()
    {
        var tasks = Enumerable.Range(1, 400).Select(i => $"Task {i}: " + string.Concat(Enumerable.Repeat("write, revise and send it. ", 20))).ToList();
        var reminder = new ReminderMessage(string.Concat(Enumerable.Repeat("Match Week starts soon. ", 400)), tasks, "Still open:");

        var message = ReminderBlocks.Render(reminder, TestContent.Content.Labels);

        Assert.Empty(BlockKitLimits.Validate(message));
        var actions = Assert.IsType<ActionsBlock>(message.Blocks[^1]);
        Assert.Equal(SeasonActionIds.StopReminders, Assert.Single(actions.Elements).ActionId);
    }

    [Fact]
    public void A_reminder_with_nothing_open_shows_its_text_and_the_stop_button_only()
    {
        var message = ReminderBlocks.Render(new ReminderMessage("Your task date is tomorrow.", [], ""), TestContent.Content.Labels);

        Assert.Equal(2, message.Blocks.Count);
        Assert.Equal("Your task date is tomorrow.", message.Text);
        Assert.Empty(BlockKitLimits.Validate(message));
    }

    [Fact]
    public void The_stop_button_id_is_a_bare_control_id_of_the_shared_grammar()
    {
        Assert.True(ControlId.TryParse(SeasonActionIds.StopReminders, out var id));
        Assert.True(id.IsBare);
        Assert.Equal("stop-reminders", id.Code);
    }
}
