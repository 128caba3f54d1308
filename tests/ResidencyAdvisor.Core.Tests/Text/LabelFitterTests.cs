using ResidencyAdvisor.Core.Text;

namespace ResidencyAdvisor.Core.Tests.Text;

public class LabelFitterTests
{
    [Theory]
    [InlineData("Short label", 80, "Short label")]
    [InlineData("Letters of recommendation from radiologists", 20, "Letters of…")]
    [InlineData("Internal medicine and a much longer tail", 20, "Internal medicine…")]
    public void Labels_are_shortened_at_a_word_break(string text, int max, string expected)
    {
        Assert.Equal(expected, LabelFitter.Fit(text, max));
        Assert.True(LabelFitter.Fit(text, max).Length <= max);
    }

    [Fact]
    public void A_word_ending_right_before_the_ellipsis_is_kept_whole() =>
        Assert.Equal("abcdef gh…", LabelFitter.Fit("abcdef gh ijk", 10));

    [Fact]
    public void Punctuation_left_at_the_cut_is_dropped() =>
        Assert.Equal("Step 2 CK…", LabelFitter.Fit("Step 2 CK: your score here", 12));

    [Fact]
    public void A_long_first_word_is_cut_inside_rather_than_shown_as_almost_nothing() =>
        Assert.Equal("Otorhinolaryngolog…", LabelFitter.Fit("Otorhinolaryngology residency", 19));
}
