using ResidencyAdvisor.Slack.Interactions;

namespace ResidencyAdvisor.Slack.Tests.Conversations;

public class NumberSubmissionTests
{
    private static readonly NumberModalMetadata Score = new("s", 1, "step2-score", "D1", "1.1", 1, 300);

    [Theory]
    [InlineData("abc", "whole number from 1 to 300")]
    [InlineData("2.5", "whole number from 1 to 300")]
    [InlineData("", "whole number from 1 to 300")]
    [InlineData("0", "outside the range")]
    [InlineData("301", "outside the range")]
    public void A_bad_number_is_explained_so_the_modal_stays_open(string input, string expected)
    {
        Assert.Contains(expected, NumberSubmissionPlanner.Problem(input, Score), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData(" 241 ")]
    [InlineData("300")]
    public void A_number_in_range_is_accepted(string input)
    {
        Assert.Null(NumberSubmissionPlanner.Problem(input, Score));
    }
}
