using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Testing;

namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>
/// Answers whatever question is on screen with <see cref="StudentAnswers.MidRangeDualApply"/>'s answer, reading the
/// question's title like a person does, until the summary appears: buttons for choices and quick picks (a count at or
/// above the open pick takes "N or more"), the number form for a score, the select for interests. Shared by the tests
/// and the load tool.
/// </summary>
public static class StudentScript
{
    private static StudentAnswers Student => StudentAnswers.MidRangeDualApply;

    public static async Task<FakeTurn> AnswerUntilSummaryAsync(FakeDiscordUser user, FakeTurn turn)
    {
        for (var i = 0; i < 30; i++)
        {
            var title = Title(user);
            if (title.StartsWith("Your answers", StringComparison.Ordinal))
            {
                return turn;
            }

            turn = await AnswerAsync(user, title);
        }

        throw new InvalidOperationException("The questionnaire never reached the summary");
    }

    /// <summary>Answers the question on screen once.</summary>
    public static Task<FakeTurn> AnswerAsync(FakeDiscordUser user, string title)
    {
        var step = TestContent.StepTitled(title.Split(" · ").Last());
        var values = Student.For(step);
        return QuestionTable.Standard[step] switch
        {
            MultiChoiceQuestion when values.Count == 0 => user.ClickAsync("None of these"),
            MultiChoiceQuestion => user.SelectAsync([.. values]),
            NumberQuestion => CountOrNumberAsync(user, values[0]),
            _ => user.ClickAsync(TestContent.Label(step, values[0])),
        };
    }

    /// <summary>Clicks the button labelled exactly <paramref name="label"/> (a quick pick "1" is not "1 or more").</summary>
    public static Task<FakeTurn> ClickExactlyAsync(FakeDiscordUser user, string label)
    {
        var button = user.Buttons().FirstOrDefault(b => (string?)b["label"] == label)
            ?? throw new InvalidOperationException($"No button \"{label}\" on the message");
        return user.ClickCustomIdAsync((string)button["custom_id"]!);
    }

    public static async Task<FakeTurn> NumberAsync(FakeDiscordUser user, string value)
    {
        await user.ClickAsync("Enter");
        return await user.SubmitModalAsync(value);
    }

    public static string Title(FakeDiscordUser user) =>
        (string?)user.Current?["embeds"]?[0]?["title"] ?? "";

    /// <summary>A quick pick labelled with the number, or the open "N or more" pick it reaches, or else the number form.</summary>
    private static Task<FakeTurn> CountOrNumberAsync(FakeDiscordUser user, string value)
    {
        var labels = user.Buttons().Select(b => (string?)b["label"] ?? "").ToList();
        if (labels.Contains(value))
        {
            return ClickExactlyAsync(user, value);
        }

        var open = labels.FirstOrDefault(l => l.EndsWith(" or more", StringComparison.Ordinal)
            && int.TryParse(l.Split(' ')[0], out var from) && int.TryParse(value, out var n) && n >= from);
        return open is not null ? ClickExactlyAsync(user, open) : NumberAsync(user, value);
    }
}
