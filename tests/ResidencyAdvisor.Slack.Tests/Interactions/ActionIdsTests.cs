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
    [InlineData("ra:ans:abcd2345:3:step2-score:not-taken", "ra:ans:…")]
    [InlineData("someone-elses-button", "a foreign id of 20 characters")]
    [InlineData(null, "(none)")]
    public void Logged_action_ids_keep_only_their_kind_never_the_answer(string? id, string expected)
    {
        Assert.Equal(expected, ActionIds.Describe(id));
    }
}
