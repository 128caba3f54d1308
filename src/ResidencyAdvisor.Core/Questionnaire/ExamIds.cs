namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>Maps licensing exams to their ids and names.</summary>
public static class ExamIds
{
    public static IReadOnlyList<ExamKind> All { get; } = [ExamKind.Usmle, ExamKind.Comlex];

    public static string Id(this ExamKind exam) => exam switch
    {
        ExamKind.Usmle => "usmle",
        ExamKind.Comlex => "comlex",
        _ => throw new ArgumentOutOfRangeException(nameof(exam)),
    };

    /// <summary>The short name ("USMLE").</summary>
    public static string ShortName(this ExamKind exam) => exam == ExamKind.Comlex ? "COMLEX" : "USMLE";

    /// <summary>The name of the score the student reports; USMLE's while the exam is not known yet.</summary>
    public static string ScoreName(ExamKind? exam) => exam == ExamKind.Comlex ? "COMLEX Level 2-CE" : "USMLE Step 2 CK";

    public static bool TryParse(string? id, out ExamKind exam)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id(), id, StringComparison.Ordinal))
            {
                exam = candidate;
                return true;
            }
        }

        exam = default;
        return false;
    }
}
