using ResidencyAdvisor.Core.Interactions;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Rendering;
using ResidencyAdvisor.Discord.Season;

namespace ResidencyAdvisor.Discord.Tests.Season;

public class ReminderRendererTests
{
    [Fact]
    public void A_long_reminder_with_many_long_tasks_stays_within_discords_limits()
    {
        var tasks = Enumerable.Range(1, 40).Select(i => $"Task {i}: " + new string('x', 900)).ToList();
        var reminder = new ReminderMessage(new string('r', 3000), tasks, "Still open on your checklist before then:");

        var message = ReminderRenderer.Render(reminder, Labels, "700000000000000001");

        Assert.Empty(DiscordLimits.Violations(message));
        var lines = message.Embeds![0].Description!.Split('\n');
        Assert.Equal(ReminderRenderer.ListedTasks + 1, lines.Length);
        Assert.Equal("…and 30 more on your checklist.", lines[^1]);
    }

    [Fact]
    public void A_task_reminder_without_a_heading_or_open_tasks_has_no_embed()
    {
        var message = ReminderRenderer.Render(new ReminderMessage("Today is the date you set for this task: CV", [], ""), Labels, "dm");

        Assert.Empty(message.Embeds!);
        Assert.Equal("ra:rs:dm:0", message.Components![0].Components![0].CustomId);
    }

    [Fact]
    public void Everything_done_shows_the_heading_alone()
    {
        var message = ReminderRenderer.Render(new ReminderMessage("Coming up: Match Day.", [], "Everything on your checklist due by then is done."), Labels, "dm");

        Assert.Equal("Everything on your checklist due by then is done.", message.Embeds![0].Title);
        Assert.Null(message.Embeds[0].Description);
    }

    [Theory]
    [InlineData("dm")]
    [InlineData("700000000000000001")]
    public void The_stop_button_id_reads_back_as_the_scope_it_stops(string scope)
    {
        Assert.True(StopRemindersId.TryRead(StopRemindersId.For(scope), out var read));
        Assert.Equal(scope, read);
    }

    [Fact]
    public void The_conversation_buttons_are_not_read_as_stop_reminders()
    {
        Assert.False(StopRemindersId.TryRead(CustomId.Start().ToString(), out _));
        Assert.False(StopRemindersId.TryRead(new CustomId(ControlAction.Restart, "abc", 3).ToString(), out _));
        Assert.False(StopRemindersId.TryRead("ra:rs", out _));
    }

    [Fact]
    public void The_stop_code_is_not_one_the_conversation_uses()
    {
        Assert.False(CustomId.TryParse(StopRemindersId.For("dm"), out _));
    }
}
