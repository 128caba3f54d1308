namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>
/// Answers whatever question is on screen the way one mid-range USMLE student would, reading the question's title
/// like a person does, until the summary appears. Shared by the tests and the load tool.
/// </summary>
public static class StudentScript
{
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
    public static async Task<FakeTurn> AnswerAsync(FakeDiscordUser user, string title) => title.Split(" · ").Last() switch
    {
        "Licensing exam" => await user.ClickAsync("USMLE"),
        "Exam score" => await NumberAsync(user, "241"),
        "Exam failures" => await user.ClickAsync("0"),
        "US clinical experiences" => await user.ClickAsync("3 or more"),
        "US radiology experience" => await user.ClickAsync("Yes"),
        "Radiology letters" => await user.ClickAsync("1"),
        "Reapplicant" => await user.ClickAsync("No"),
        "Years since graduation" => await user.ClickAsync("1"),
        "Continuous clinical work" => await user.ClickAsync("Yes"),
        "Geography" => await user.ClickAsync("Anywhere"),
        "Community programs" => await user.ClickAsync("Community"),
        "Risk of going unmatched" => await user.ClickAsync("No"),
        "An extra year" => await user.ClickAsync("Yes"),
        "Backup interests" => await user.SelectAsync("internal-medicine"),
        "Would not practice" => await user.ClickAsync("None of these"),
        var other => throw new InvalidOperationException($"Unexpected question \"{other}\""),
    };

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
}
