using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Core.Tests.Io;

public class ControlIdTests
{
    [Fact]
    public void An_id_with_session_turn_and_two_arguments_reads_back_as_written()
    {
        var id = new ControlId("a", "4f9c2e", 12, "exam", "usmle");

        Assert.Equal("ra:a:4f9c2e:12:exam:usmle", id.ToString());
        Assert.True(ControlId.TryParse(id.ToString(), out var read));
        Assert.Equal(id, read);
        Assert.Equal(2, read.ArgCount);
    }

    [Fact]
    public void A_bare_id_names_only_its_action()
    {
        Assert.Equal("ra:go", ControlId.Bare("go").ToString());
        Assert.True(ControlId.TryParse("ra:go", out var read));
        Assert.True(read.IsBare);
        Assert.Equal("go", read.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ra")]
    [InlineData("ra:")]
    [InlineData("xx:a:s:1")]
    [InlineData("ra:a:s")]
    [InlineData("ra:a::1")]
    [InlineData("ra:a:s:-1")]
    [InlineData("ra:a:s:one")]
    [InlineData("ra:a:0123456789abcdef0123456789abcdef0:1")]
    public void Anything_else_is_not_ours(string? text)
    {
        Assert.False(ControlId.TryParse(text, out _));
    }

    [Fact]
    public void Parts_an_older_release_added_after_the_arguments_are_ignored()
    {
        Assert.True(ControlId.TryParse("ra:n:abcd2345:3:step2-score:1:300", out var read));
        Assert.Equal(new ControlId("n", "abcd2345", 3, "step2-score", "1"), read);
    }

    [Fact]
    public void Describe_keeps_the_action_and_drops_the_students_choice()
    {
        Assert.Equal("ra:a:…", ControlId.Describe("ra:a:4f9c2e:12:exam:usmle"));
        Assert.Equal("a foreign id of 6 characters", ControlId.Describe("not-us"));
        Assert.Equal("(none)", ControlId.Describe(null));
    }
}
