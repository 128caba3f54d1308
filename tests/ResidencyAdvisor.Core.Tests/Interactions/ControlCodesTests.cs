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

    [Fact]
    public void An_id_written_for_a_message_reads_back_with_its_session_turn_and_arguments()
    {
        var text = Codes.Write(ControlAction.Answer, "abcd2345", 7, "exam", "usmle");

        Assert.Equal("ra:a:abcd2345:7:exam:usmle", text);
        Assert.True(Codes.TryRead(text, out var action, out var id));
        Assert.Equal(ControlAction.Answer, action);
        Assert.Equal(("abcd2345", 7, "exam", "usmle"), (id.SessionId, id.Turn, id.Arg1, id.Arg2));
    }

    [Fact]
    public void An_action_on_no_message_is_written_bare()
    {
        Assert.Equal("ra:b", Codes.Write(ControlAction.Back, "", 0));
    }

    [Fact]
    public void Another_apps_id_or_an_unknown_code_does_not_read()
    {
        Assert.False(Codes.TryRead("other:thing", out _, out _));
        Assert.False(Codes.TryRead("ra:zz:abcd2345:1", out _, out _));
    }
}
