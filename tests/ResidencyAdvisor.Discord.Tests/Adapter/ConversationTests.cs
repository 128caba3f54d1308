using ResidencyAdvisor.Discord.Fakes;
using static ResidencyAdvisor.Discord.Tests.Adapter.WireAssertions;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

public class ConversationTests : DiscordTestBed
{
    [Fact]
    public async Task A_student_in_a_server_clicks_through_to_the_recommendation_and_the_dual_applying_answer()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();

        var turn = await student.SlashAsync();
        Assert.Equal(4, turn.ResponseType);
        Assert.Equal(64, Flags(turn));
        Assert.StartsWith("Question 1 of", StudentScript.Title(student));

        var turns = new List<FakeTurn> { turn };
        for (var i = 0; i < 30 && !StudentScript.Title(student).StartsWith("Your answers", StringComparison.Ordinal); i++)
        {
            turn = await StudentScript.AnswerAsync(student, StudentScript.Title(student));
            turns.Add(turn);
            Assert.Contains(turn.ResponseType, new[] { 7, 9 });
        }

        Assert.Contains("Exam score: 241", student.Text());
        turn = await student.ClickAsync("See my recommendation");
        Assert.Contains("Your recommendation", student.Text());
        Assert.Contains("Dual apply", student.Text(), StringComparison.Ordinal);
        Assert.Contains(student.Buttons(), b => ((string?)b["label"])!.Contains("Are you dual applying?", StringComparison.Ordinal));

        turn = await student.ClickAsync("Interview answers");
        Assert.Contains("Are you dual applying?", student.Text());
        Assert.Contains("internal medicine", student.Text(), StringComparison.OrdinalIgnoreCase);

        Assert.All(turns.Append(turn), AnsweredOnce);
        Assert.All(student.Seen, WithinLimits);
        Assert.DoesNotContain(harness.Server.Requests, r => r.Status >= 400);
        if (OverHttp)
        {
            // Every initial response was the HTTP response: no callback went through REST, and no gateway was opened.
            Assert.DoesNotContain(harness.Server.Requests, r => r.Path.Contains("/callback", StringComparison.Ordinal));
            Assert.Empty(harness.Server.Gateway.Connections);
        }
    }

    [Fact]
    public async Task The_advise_command_is_registered_globally_and_in_configured_guilds_with_the_bot_user_agent()
    {
        await using var harness = await StartAsync(settings: new() { ["Discord:GuildIds"] = "700000000000000007" });
        await WaitUntilAsync(() => harness.Server.Commands.Count == 2);

        var global = harness.Server.Commands[$"/api/v10/applications/{harness.Server.Settings.ApplicationId}/commands"];
        Assert.Equal("advise", (string?)global[0]!["name"]);
        Assert.Equal(1, (int?)global[0]!["type"]);
        Assert.Contains("forget", global[0]!["options"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.True(harness.Server.Commands.ContainsKey($"/api/v10/applications/{harness.Server.Settings.ApplicationId}/guilds/700000000000000007/commands"));
        Assert.All(harness.Server.Requests, r => Assert.StartsWith("DiscordBot (", r.UserAgent, StringComparison.Ordinal));
        Assert.Contains(harness.Server.Requests, r => r.Path.EndsWith("/commands", StringComparison.Ordinal) && r.Authorization == "Bot " + harness.Server.Settings.Token);
    }

    [Fact]
    public async Task In_a_DM_the_conversation_is_not_ephemeral_and_is_kept_apart_from_the_server_one()
    {
        await using var harness = await StartAsync();
        var inServer = harness.Student();
        await inServer.SlashAsync();
        await inServer.ClickAsync("USMLE");

        var inDm = harness.Student(guildId: null);
        var turn = await inDm.SlashAsync();

        Assert.Null(Flags(turn));
        Assert.StartsWith("Question 1 of", StudentScript.Title(inDm));
        Assert.Equal(2, harness.Store.Count);
    }

    [Fact]
    public async Task Pause_keeps_the_answers_and_Continue_returns_to_the_same_question()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");

        await student.ClickAsync("Pause");
        Assert.Contains("Paused", student.Text(), StringComparison.Ordinal);

        await student.ClickAsync("Continue");
        Assert.StartsWith("Question 2 of 14", StudentScript.Title(student), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_advise_again_resumes_where_the_student_left_off()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");

        await student.SlashAsync();

        Assert.Contains("Welcome back", student.Text(), StringComparison.Ordinal);
        Assert.StartsWith("Question 2 of", StudentScript.Title(student));
    }

    [Fact]
    public async Task A_number_that_is_not_a_number_shows_the_error_with_an_enter_again_button_that_reopens_the_modal()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");
        var opened = await student.ClickAsync("Enter your answer");
        Assert.Equal(9, opened.ResponseType);
        Assert.True(((string?)opened.Modal!["title"])!.Length <= 45);

        var invalid = await student.SubmitModalAsync("two hundred");
        Assert.Equal(7, invalid.ResponseType);
        Assert.StartsWith("Question 2 of", StudentScript.Title(student));
        Assert.Contains(student.Buttons(), b => (string?)b["label"] == "Enter again");

        await student.ClickAsync("Enter again");
        var outOfRange = await student.SubmitModalAsync("301");
        Assert.Contains("300", (string?)outOfRange.Message!["content"], StringComparison.Ordinal);

        await student.ClickAsync("Enter again");
        await student.SubmitModalAsync("241");
        Assert.StartsWith("Question 3 of", StudentScript.Title(student));
    }

    [Fact]
    public async Task Back_returns_to_the_previous_question_with_the_answer_kept()
    {
        await using var harness = await StartAsync();
        var student = harness.Student();
        await student.SlashAsync();
        await student.ClickAsync("USMLE");

        await student.ClickAsync("Back");

        Assert.StartsWith("Question 1 of", StudentScript.Title(student));
        Assert.Contains("Your answer so far: **USMLE**", student.Text(), StringComparison.Ordinal);
    }

    internal static async Task WaitUntilAsync(Func<bool> condition, int timeoutMs = 5000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "condition not met in time");
            await Task.Delay(10);
        }
    }
}
