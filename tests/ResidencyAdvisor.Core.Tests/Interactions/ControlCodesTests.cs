using ResidencyAdvisor.Core.Interactions;

namespace ResidencyAdvisor.Core.Tests.Interactions;

public class ControlCodesTests
{
    private static readonly ControlCodes Codes = new(new Dictionary<ControlAction, string>
    {
        [ControlAction.Back] = "b",
        [ControlAction.Answer] = "a",
    });

    [Fact]
    public void A_code_reads_back_as_the_action_it_was_written_for()
    {
        Assert.True(Codes.TryGetAction(Codes.CodeOf(ControlAction.Answer), out var action));
        Assert.Equal(ControlAction.Answer, action);
    }

    [Fact]
    public void A_code_the_platform_never_wrote_is_not_an_action()
    {
        Assert.False(Codes.TryGetAction("zz", out _));
    }

    [Fact]
    public void An_action_the_platform_has_no_code_for_cannot_be_written()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Codes.CodeOf(ControlAction.Pick));
    }

    [Theory]
    [InlineData("a", "a")]
    [InlineData("a:b", "c")]
    [InlineData("", "c")]
    public void A_table_with_a_code_used_twice_empty_or_holding_the_separator_is_refused(string first, string second)
    {
        Assert.Throws<ArgumentException>(() => new ControlCodes(new Dictionary<ControlAction, string>
        {
            [ControlAction.Back] = first,
            [ControlAction.Answer] = second,
        }));
    }
}
