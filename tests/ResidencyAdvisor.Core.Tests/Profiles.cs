using System.Globalization;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests;

/// <summary>Student profiles for rule tests: a baseline that qualifies for radiology-only, varied one field at a time.</summary>
internal static class Profiles
{
    /// <summary>
    /// <see cref="StudentAnswers.MidRangeNoInterestNamed"/> with a score of <paramref name="score"/>: two letters, three US
    /// experiences, a year out of school, open to anything, at ease with the risk; at 255 a radiology-only candidate.
    /// </summary>
    public static StudentProfile RadiologyOnlyCandidate(int score = 255) => StudentAnswers.MidRangeNoInterestNamed
        .With("radiology-only candidate", (Step.Step2Score, [score.ToString(CultureInfo.InvariantCulture)]))
        .Profile();

    public static StudentProfile Comlex(int? score) => RadiologyOnlyCandidate() with { Exam = ExamKind.Comlex, Step2Score = score };
}
