namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>
/// Drives a <see cref="SlackStudent"/> from the first question to the recommendation, answering by question title the
/// way a student would: buttons (quick picks for counts), the number modal, typed numbers and checkboxes all get used.
/// </summary>
public static class StudentScript
{
    /// <summary>How each question is answered: a button label, "modal:N", "type:N" or "ticks:a|b".</summary>
    public static IReadOnlyDictionary<string, string> Answers { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Licensing exam"] = "USMLE",
        ["Exam score"] = "modal:241",
        ["Exam failures"] = "0",
        ["US clinical experiences"] = "modal:3",
        ["US radiology experience"] = "Yes",
        ["Radiology letters"] = "type:1",
        ["Reapplicant"] = "No, this is my first time",
        ["Years since graduation"] = "modal:1",
        ["Continuous clinical work"] = "Yes, continuously",
        ["Geography"] = "Anywhere in the US",
        ["Community programs"] = "Community programs are fine",
        ["Risk of going unmatched"] = "No, I want a safety net",
        ["An extra year"] = "Yes, I'd do an extra year",
        ["Backup interests"] = "ticks:Internal medicine",
        ["Would not practice"] = "ticks:",
        ["Check your answers"] = "See my recommendation",
    };

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
}
