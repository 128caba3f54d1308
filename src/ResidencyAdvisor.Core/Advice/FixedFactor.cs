namespace ResidencyAdvisor.Core.Advice;

/// <summary>A past fact that shapes the advice and that no change within the student's control can move.</summary>
public enum FixedFactor
{
    ExamFailure,
    ScoreBelowBar,
    ScoreNotTaken,
    ScoreBand,
    Reapplicant,
    GraduationGap,
}
