namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>The order of the questions and which of them apply to a student.</summary>
public static class QuestionFlow
{
    public static IReadOnlyList<Step> Questions { get; } =
    [
        Step.Exam, Step.Step2Score, Step.ExamFailures, Step.UsClinicalExperiences, Step.UsRadiologyExperience,
        Step.RadiologyLetters, Step.Reapplicant, Step.YearsSinceGraduation, Step.ContinuousClinicalWork,
        Step.Geography, Step.OpenToCommunityPrograms, Step.ComfortableWithUnmatchedRisk, Step.WillingToDoExtraYear,
        Step.BackupInterests, Step.WouldNotPractice,
    ];

    public static Step First => Questions[0];

    public static bool IsQuestion(Step step) => step < Step.Summary;

    public static bool Applies(Step step, Answers answers) =>
        step != Step.ContinuousClinicalWork || answers.NeedsContinuousWorkQuestion;

    /// <summary>The step after <paramref name="current"/>: the next applicable question, or the summary.</summary>
    public static Step Next(Step current, Answers answers)
    {
        for (var i = IndexOf(current) + 1; i < Questions.Count; i++)
        {
            if (Applies(Questions[i], answers))
            {
                return Questions[i];
            }
        }

        return Step.Summary;
    }

    /// <summary>The first applicable question still unanswered, or the summary when there is none.</summary>
    public static Step FirstUnanswered(Answers answers)
    {
        foreach (var step in Questions)
        {
            if (Applies(step, answers) && !answers.IsAnswered(step))
            {
                return step;
            }
        }

        return Step.Summary;
    }

    /// <summary>The applicable question before <paramref name="current"/>; the summary goes back to the last one.</summary>
    public static Step? Previous(Step current, Answers answers)
    {
        var start = current is Step.Summary or Step.Done ? Questions.Count : IndexOf(current);
        for (var i = start - 1; i >= 0; i--)
        {
            if (Applies(Questions[i], answers))
            {
                return Questions[i];
            }
        }

        return null;
    }

    /// <summary>1-based position of a question and how many this student will be asked.</summary>
    public static (int Number, int Total) Position(Step step, Answers answers)
    {
        int number = 0, total = 0;
        foreach (var candidate in Questions)
        {
            if (!Applies(candidate, answers))
            {
                continue;
            }

            total++;
            if (candidate <= step)
            {
                number = total;
            }
        }

        return (number, total);
    }

    private static int IndexOf(Step step)
    {
        for (var i = 0; i < Questions.Count; i++)
        {
            if (Questions[i] == step)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(step), step, "Not a question.");
    }
}
