using ResidencyAdvisor.Core.Advice;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Advice;

public class ScoreBandTests
{
    [Theory]
    [InlineData(300, ScoreBand.VeryStrong)]
    [InlineData(250, ScoreBand.VeryStrong)]
    [InlineData(249, ScoreBand.MidRange)]
    [InlineData(245, ScoreBand.MidRange)]
    [InlineData(244, ScoreBand.MidRange)]
    [InlineData(235, ScoreBand.MidRange)]
    [InlineData(234, ScoreBand.Lower)]
    [InlineData(1, ScoreBand.Lower)]
    public void Usmle_score_falls_in_its_band(int score, ScoreBand expected) =>
        Assert.Equal(expected, ScoreBands.Classify(ExamKind.Usmle, score));

    [Theory]
    [InlineData(999, ScoreBand.VeryStrong)]
    [InlineData(640, ScoreBand.VeryStrong)]
    [InlineData(639, ScoreBand.MidRange)]
    [InlineData(580, ScoreBand.MidRange)]
    [InlineData(579, ScoreBand.Lower)]
    [InlineData(9, ScoreBand.Lower)]
    public void Comlex_score_falls_in_its_band(int score, ScoreBand expected) =>
        Assert.Equal(expected, ScoreBands.Classify(ExamKind.Comlex, score));

    [Theory]
    [InlineData(ExamKind.Usmle)]
    [InlineData(ExamKind.Comlex)]
    public void No_score_yet_is_not_taken(ExamKind exam) =>
        Assert.Equal(ScoreBand.NotTaken, ScoreBands.Classify(exam, null));

    [Fact]
    public void Score_of_249_is_mid_range() =>
        Assert.Equal("mid-range", ScoreBands.Classify(ExamKind.Usmle, 249).Id());
}
