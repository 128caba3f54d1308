using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>
/// Drives a <see cref="SlackStudent"/> from the first question to the recommendation with
/// <see cref="StudentAnswers.MidRangeDualApply"/>'s answers, answering by question title the way a student would:
/// buttons (quick picks for counts), the number modal, typed numbers and checkboxes all get used.
/// </summary>
public static class StudentScript
{
    /// <summary>How each count or score is given; every other question is a button or checkboxes.</summary>
    private static readonly Dictionary<Step, string> NumberGestures = new()
    {
        [Step.Step2Score] = "modal:",
        [Step.ExamFailures] = "",
        [Step.UsClinicalExperiences] = "modal:",
        [Step.RadiologyLetters] = "type:",
        [Step.YearsSinceGraduation] = "modal:",
    };

    /// <summary>How each question is answered, by title: a button label, "modal:N", "type:N" or "ticks:a|b".</summary>
    public static IReadOnlyDictionary<string, string> Answers { get; } = ByTitle(StudentAnswers.MidRangeDualApply);

    /// <summary>Answers from <paramref name="message"/> on until the recommendation arrives, and returns its last message.</summary>
    public static async Task<FakeMessage> RunToRecommendationAsync(SlackStudent student, FakeMessage message, Func<Task>? think = null)
    {
        message = await RunUntilAsync(student, message, "Your recommendation", think);
        while (!message.ButtonLabels().Contains("Interview answers"))
        {
            message = await student.NextMessageAsync();
        }

        return message;
    }

    /// <summary>Answers questions until a message with the given header arrives, and returns it.</summary>
    public static async Task<FakeMessage> RunUntilAsync(SlackStudent student, FakeMessage message, string header, Func<Task>? think = null)
    {
        for (var turn = 0; turn < 40; turn++)
        {
            if (message.Header == header)
            {
                return message;
            }

            if (message.Header is not { } title || !Answers.TryGetValue(title, out var answer))
            {
                throw new InvalidOperationException($"Unexpected message: {message.AllText()}");
            }

            if (think is not null)
            {
                await think();
            }

            await AnswerAsync(student, message, answer);
            message = await student.NextMessageAsync();
        }

        throw new InvalidOperationException("The questionnaire did not end.");
    }

    public static async Task AnswerAsync(SlackStudent student, FakeMessage message, string answer)
    {
        if (answer.StartsWith("modal:", StringComparison.Ordinal))
        {
            await student.ClickAsync(message, message.ButtonLabels().Contains("Exact number") ? "Exact number" : "Enter a number");
            var view = await student.NextViewAsync();
            await student.SubmitViewAsync(view, answer["modal:".Length..]);
        }
        else if (answer.StartsWith("type:", StringComparison.Ordinal))
        {
            await student.SendDmAsync(answer["type:".Length..]);
        }
        else if (answer.StartsWith("ticks:", StringComparison.Ordinal))
        {
            await student.SubmitTicksAsync(message, answer["ticks:".Length..].Split('|', StringSplitOptions.RemoveEmptyEntries));
        }
        else
        {
            await student.ClickAsync(message, answer);
        }
    }

    private static Dictionary<string, string> ByTitle(StudentAnswers student)
    {
        var answers = student.Steps.ToDictionary(step => TestContent.Content.Questions.TextFor(step).Title, step => Gesture(step, student.For(step)), StringComparer.Ordinal);
        answers["Check your answers"] = "See my recommendation";
        return answers;
    }

    private static string Gesture(Step step, IReadOnlyList<string> values) => QuestionTable.Standard[step] switch
    {
        MultiChoiceQuestion => "ticks:" + string.Join('|', values.Select(v => TestContent.Label(step, v))),
        NumberQuestion => NumberGestures[step] + values[0],
        _ => TestContent.Label(step, values[0]),
    };
}
