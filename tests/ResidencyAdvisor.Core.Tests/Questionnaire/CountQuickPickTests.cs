using System.Text;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Tests.Conversations;

namespace ResidencyAdvisor.Core.Tests.Questionnaire;

public class CountQuickPickTests
{
    private static readonly Step[] Counts = [Step.ExamFailures, Step.UsClinicalExperiences, Step.RadiologyLetters, Step.YearsSinceGraduation];

    [Fact]
    public void Every_count_offers_0_1_2_and_3_or_more_and_the_score_offers_none()
    {
        var factory = new PromptFactory(TestContent.Content.Questions);
        foreach (var step in Counts)
        {
            var prompt = factory.Create(step, new Answers(), canGoBack: true);
            Assert.Equal(PromptKind.Number, prompt.Kind);
            Assert.Equal(["0", "1", "2", "3 or more"], prompt.Picks.Select(p => p.Label));
            Assert.Equal(["0", "1", "2", AnswerValue.OrMore], prompt.Picks.Select(p => p.Id));
        }

        Assert.Empty(factory.Create(Step.Step2Score, new Answers(), canGoBack: true).Picks);
    }

    [Fact]
    public async Task Clicking_3_or_more_records_it_and_the_summary_shows_3_or_more()
    {
        var chat = await AtFailuresAsync();

        await chat.ClickAsync(AnswerValue.OrMore);

        Assert.Equal(Step.UsClinicalExperiences, chat.Prompt.Step);
        Assert.True((await AnswersOfAsync(chat))[Step.ExamFailures]!.IsOrMore);
        Assert.Equal(3, (await AnswersOfAsync(chat)).ExamFailures);
    }

    [Theory]
    [InlineData("3+")]
    [InlineData("3 or more")]
    public async Task Typing_the_pick_means_3_or_more(string typed)
    {
        var chat = await AtFailuresAsync();

        await chat.TypeAsync(typed);

        Assert.True((await AnswersOfAsync(chat))[Step.ExamFailures]!.IsOrMore);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("7")]
    public async Task Typing_an_exact_count_records_that_number_exactly(string typed)
    {
        var chat = await AtFailuresAsync();

        await chat.TypeAsync(typed);

        Assert.Equal(int.Parse(typed, System.Globalization.CultureInfo.InvariantCulture), (await AnswersOfAsync(chat)).ExamFailures);
        Assert.False((await AnswersOfAsync(chat))[Step.ExamFailures]!.IsOrMore);
    }

    [Fact]
    public async Task A_count_above_its_range_is_re_asked_with_one_message_from_core()
    {
        var chat = await AtFailuresAsync();

        await chat.ClickAsync("11");

        Assert.Equal(Step.ExamFailures, chat.Prompt.Step);
        Assert.Equal("Please enter a whole number from 0 to 10, or \"3 or more\".", Assert.Single(chat.Last.Notices).Text);
    }

    [Fact]
    public async Task A_count_typed_in_other_words_is_re_asked_naming_the_3_or_more_pick_which_the_score_does_not_offer()
    {
        var chat = await AtFailuresAsync();

        await chat.TypeAsync("three or more");
        var countProblem = Assert.Single(chat.Last.Notices).Text;
        await chat.CommandAsync(InputKind.Back);
        await chat.TypeAsync("320");

        Assert.Equal("Please enter a whole number from 0 to 10, or \"3 or more\".", countProblem);
        Assert.DoesNotContain("or more", Assert.Single(chat.Last.Notices).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_advice_says_3_or_more_where_the_student_picked_it()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(["usmle", "241", "3+", "3+", "yes", "3+", "no", "3+", "no", "anywhere", "yes", "no", "yes", "internal medicine", "none"]);
        var summary = Assert.IsType<SummaryView>(chat.Last.View);
        Assert.Equal("3 or more", summary.Lines.Single(l => l.Title == "Exam failures").Answer);

        await chat.CommandAsync(InputKind.Confirm);

        var reasons = string.Join("\n", Assert.IsType<ResultView>(chat.Last.View).Report.Reasons);
        Assert.Contains("You reported 3 or more exam failures", reasons, StringComparison.Ordinal);
        Assert.Contains("You graduated 3 or more years ago", reasons, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", reasons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_exact_failure_reads_in_the_singular()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(["usmle", "241", "1", "3", "yes", "1", "no", "1", "anywhere", "yes", "no", "yes", "internal medicine", "none"]);
        await chat.CommandAsync(InputKind.Confirm);

        var reasons = string.Join("\n", Assert.IsType<ResultView>(chat.Last.View).Report.Reasons);
        Assert.Contains("You reported 1 exam failure.", reasons, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_3_or_more_answer_survives_saving_and_reading_back()
    {
        var chat = await AtFailuresAsync();
        await chat.ClickAsync(AnswerValue.OrMore);
        var state = await chat.Store.LoadAsync(chat.Key, default);

        var bytes = ConversationStateSerializer.Serialize(state!);
        var read = ConversationStateSerializer.Deserialize(bytes, state!.Version);

        Assert.Contains("\"fail\":3,\"failOrMore\":true", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.True(read.Answers[Step.ExamFailures]!.IsOrMore);
    }

    private static async Task<TestChat> AtFailuresAsync()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(["usmle", "241"]);
        Assert.Equal(Step.ExamFailures, chat.Prompt.Step);
        return chat;
    }

    private static async Task<Answers> AnswersOfAsync(TestChat chat) => (await chat.Store.LoadAsync(chat.Key, default))!.Answers;
}
