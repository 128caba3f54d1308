using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Advice;

/// <summary>The score cut-offs: bands for the backup need, and the bar for a radiology-only application.</summary>
public static class ScoreBands
{
    public const int UsmleVeryStrong = 250;
    public const int UsmleMidRange = 235;
    public const int UsmleRadiologyOnly = 245;
    public const int ComlexVeryStrong = 640;
    public const int ComlexMidRange = 580;
    public const int ComlexRadiologyOnly = 640;

    public static ScoreBand Classify(ExamKind exam, int? score)
    {
        if (score is not { } value)
        {
            return ScoreBand.NotTaken;
        }

        var (strong, mid) = exam == ExamKind.Comlex ? (ComlexVeryStrong, ComlexMidRange) : (UsmleVeryStrong, UsmleMidRange);
        return value >= strong ? ScoreBand.VeryStrong : value >= mid ? ScoreBand.MidRange : ScoreBand.Lower;
    }

    public static int RadiologyOnlyThreshold(ExamKind exam) => exam == ExamKind.Comlex ? ComlexRadiologyOnly : UsmleRadiologyOnly;
}
