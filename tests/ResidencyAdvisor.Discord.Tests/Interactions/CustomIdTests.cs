using ResidencyAdvisor.Discord.Interactions;

namespace ResidencyAdvisor.Discord.Tests.Interactions;

public class CustomIdTests
{
    [Fact]
    public void An_answer_id_round_trips_with_session_turn_step_and_choice()
    {
        var id = new CustomId(ControlAction.Answer, "abcd2345", 12, "us-radiology-experience", "yes");

        Assert.True(CustomId.TryParse(id.ToString(), out var parsed));
        Assert.Equal(id, parsed);
    }

    [Fact]
    public void The_longest_id_we_build_fits_in_100_characters()
    {
        var id = new CustomId(ControlAction.Answer, "abcd2345", int.MaxValue, "comfortable-with-unmatched-risk", "preferred-regions");

        Assert.True(id.ToString().Length <= 100);
    }

    [Fact]
    public void A_number_button_carries_only_session_turn_and_step()
    {
        var id = CustomId.OpenNumber("abcd2345", 3, "step2-score");

        Assert.Equal("ra:n:abcd2345:3:step2-score", id.ToString());
        Assert.True(CustomId.TryParse(id.ToString(), out var parsed));
        Assert.Equal(new CustomId(ControlAction.OpenNumber, "abcd2345", 3, "step2-score"), parsed);
    }

    [Fact]
    public void A_number_button_from_an_older_release_with_a_range_still_opens_its_step()
    {
        Assert.True(CustomId.TryParse("ra:n:abcd2345:3:step2-score:1:300", out var parsed));
        Assert.Equal(ControlAction.OpenNumber, parsed.Action);
        Assert.Equal("step2-score", parsed.Arg1);
    }

    [Fact]
    public void Start_needs_no_session()
    {
        Assert.True(CustomId.TryParse(CustomId.Start().ToString(), out var parsed));
        Assert.Equal(ControlAction.Start, parsed.Action);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("other-bot:button")]
    [InlineData("ra")]
    [InlineData("ra:q:abc:1")]
    [InlineData("ra:a:abc:notanumber:exam:usmle")]
    [InlineData("ra:a:abc:1:exam")]
    [InlineData("ra:n:abc:1")]
    public void Foreign_or_broken_ids_are_rejected(string? text) => Assert.False(CustomId.TryParse(text, out _));

    [Fact]
    public void An_id_over_100_characters_is_rejected() => Assert.False(CustomId.TryParse("ra:b:" + new string('a', 100) + ":1", out _));
}
