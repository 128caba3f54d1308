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

    /// <summary>Where a score sits on its own; <see cref="Of"/> also weighs exam failures.</summary>
    public static ScoreBand Classify(ExamKind exam, int? score)
    {
        if (score is not { } value)
        {
            return ScoreBand.NotTaken;
        }

        var (strong, mid) = exam == ExamKind.Comlex ? (ComlexVeryStrong, ComlexMidRange) : (UsmleVeryStrong, UsmleMidRange);
        return value >= strong ? ScoreBand.VeryStrong : value >= mid ? ScoreBand.MidRange : ScoreBand.Lower;
    }

    /// <summary>The student's band as the article draws it: any exam failure belongs with "lower or with failures".</summary>
    public static ScoreBand Of(StudentProfile p) => p.ExamFailures > 0 ? ScoreBand.Lower : Classify(p.Exam, p.Step2Score);

    public static int RadiologyOnlyThreshold(ExamKind exam) => exam == ExamKind.Comlex ? ComlexRadiologyOnly : UsmleRadiologyOnly;

    /// <summary>The score reaches the radiology-only bar (245 on Step 2 CK, 640 on COMLEX).</summary>
    public static bool ClearsBar(StudentProfile p) => p.Step2Score is { } score && score >= RadiologyOnlyThreshold(p.Exam);
}
