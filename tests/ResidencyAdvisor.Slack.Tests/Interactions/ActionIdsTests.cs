using ResidencyAdvisor.Slack.BlockKit;
using ResidencyAdvisor.Slack.Interactions;

namespace ResidencyAdvisor.Slack.Tests.Interactions;

public class ActionIdsTests
{
    [Fact]
    public void An_answer_id_round_trips_session_turn_step_and_choice()
    {
        var id = ActionIds.Build(ControlAction.Answer, "abcd2345", 12, "us-radiology-experience", "yes");

        Assert.True(ActionIds.TryParse(id, out var action));
        Assert.Equal(new ActionRef(ControlAction.Answer, "abcd2345", 12, "us-radiology-experience", "yes"), action);
        Assert.True(id.Length <= BlockKitLimits.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("someone-elses-button")]
    [InlineData("ra:nope:abc:1")]
    [InlineData("ra:ans:abc:-1")]
    [InlineData("ra:ans::1")]
    [InlineData("ra:back")]
    [InlineData("ra:back:abc")]
    public void Unknown_or_damaged_ids_are_rejected(string? id)
    {
        Assert.False(ActionIds.TryParse(id, out _));
    }

    [Theory]
    [InlineData(ControlAction.Plan, "ra:plan:abcd2345:7")]
    [InlineData(ControlAction.Checklist, "ra:checklist:abcd2345:7")]
    [InlineData(ControlAction.TickTask, "ra:tick:abcd2345:7")]
    [InlineData(ControlAction.UntickTask, "ra:untick:abcd2345:7")]
    [InlineData(ControlAction.WhatsNext, "ra:next:abcd2345:7")]
    [InlineData(ControlAction.RemindersOn, "ra:remind:abcd2345:7")]
    [InlineData(ControlAction.RemindersOff, "ra:stop-reminders:abcd2345:7")]
    public void The_season_controls_have_codes_of_their_own_that_read_back(ControlAction kind, string expected)
    {
        var id = ActionIds.Build(kind, "abcd2345", 7);

        Assert.Equal(expected, id);
        Assert.True(ActionIds.TryParse(id, out var action));
        Assert.Equal(kind, action.Kind);
    }

    [Fact]
    public void The_reminders_bare_Stop_button_reads_as_reminders_off_and_no_other_bare_id_is_accepted()
    {
        Assert.True(ActionIds.TryParse(ResidencyAdvisor.Slack.Season.SeasonActionIds.StopReminders, out var action));
        Assert.Equal(ControlAction.RemindersOff, action.Kind);
        Assert.False(ActionIds.TryParse("ra:plan", out _));
        Assert.False(ActionIds.TryParse("ra:tick", out _));
    }

    [Fact]
    public void The_codes_already_on_posted_messages_are_unchanged()
    {
        (ControlAction Kind, string Code)[] posted =
        [
            (ControlAction.Answer, "ans"), (ControlAction.Pick, "pick"), (ControlAction.SubmitChoices, "submit"), (ControlAction.Select, "select"),
            (ControlAction.OpenNumber, "num"), (ControlAction.Back, "back"), (ControlAction.Restart, "restart"), (ControlAction.Pause, "pause"),
            (ControlAction.Forget, "forget"), (ControlAction.Edit, "edit"), (ControlAction.Confirm, "confirm"), (ControlAction.Section, "section"),
            (ControlAction.ShowResult, "result"),
        ];

        Assert.All(posted, p => Assert.Equal($"ra:{p.Code}:s1:2", ActionIds.Build(p.Kind, "s1", 2)));
    }

    [Theory]
    [InlineData("ra:ans:abcd2345:3:step2-score:not-taken", "ra:ans:…")]
    [InlineData("someone-elses-button", "a foreign id of 20 characters")]
    [InlineData(null, "(none)")]
    public void Logged_action_ids_keep_only_their_kind_never_the_answer(string? id, string expected)
    {
        Assert.Equal(expected, ActionIds.Describe(id));
    }
}
