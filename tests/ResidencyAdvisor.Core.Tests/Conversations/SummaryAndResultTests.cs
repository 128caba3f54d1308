using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Conversations;

public class SummaryAndResultTests
{
    private static async Task<TestChat> AtSummaryAsync()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(StudentAnswers.MidRangeDualApply.Typed);
        return chat;
    }

    [Fact]
    public async Task The_summary_lists_every_answer_before_the_result()
    {
        var chat = await AtSummaryAsync();
        var summary = Assert.IsType<SummaryView>(chat.Last.View);
        Assert.Equal(14, summary.Lines.Count);
        Assert.Contains(summary.Lines, l => l.Title == "Exam score" && l.Answer == "241");
        Assert.Contains(summary.Lines, l => l.Step == Step.BackupInterests && l.Answer == "Internal medicine");
        Assert.Contains(summary.Lines, l => l.Step == Step.WouldNotPractice && l.Answer == "None");
    }

    [Fact]
    public async Task Changing_one_answer_from_the_summary_returns_to_the_summary_with_the_rest_kept()
    {
        var chat = await AtSummaryAsync();
        await chat.SendAsync(UserInput.Edit(Step.Reapplicant, chat.Last.SessionId, chat.Last.Turn));
        Assert.Equal(Step.Reapplicant, chat.Prompt.Step);
        Assert.Equal("No, this is my first time", chat.Prompt.CurrentAnswer);
        await chat.ClickAsync("yes");
        // Becoming a reapplicant opens the one question asked only of reapplicants before the summary comes back.
        Assert.Equal(Step.DualAppliedLastCycle, chat.Prompt.Step);
        await chat.ClickAsync("no");
        var summary = Assert.IsType<SummaryView>(chat.Last.View);
        Assert.Contains(summary.Lines, l => l.Step == Step.Reapplicant && l.Answer == "Yes, I'm reapplying");
        Assert.Contains(summary.Lines, l => l.Step == Step.DualAppliedLastCycle && l.Answer == "No, radiology only");
        Assert.Contains(summary.Lines, l => l.Step == Step.Step2Score && l.Answer == "241");
    }

    [Fact]
    public async Task Back_while_changing_an_answer_returns_to_the_summary_unchanged()
    {
        var chat = await AtSummaryAsync();
        await chat.TypeAsync("2");
        Assert.Equal(Step.Step2Score, chat.Prompt.Step);
        await chat.TypeAsync("back");
        Assert.IsType<SummaryView>(chat.Last.View);
    }

    [Fact]
    public async Task Raising_graduation_years_from_the_summary_asks_the_new_conditional_question_before_returning()
    {
        var chat = await AtSummaryAsync();
        await chat.SendAsync(UserInput.Edit(Step.YearsSinceGraduation, chat.Last.SessionId, chat.Last.Turn));
        await chat.TypeAsync("6");
        Assert.Equal(Step.ContinuousClinicalWork, chat.Prompt.Step);
        await chat.TypeAsync("no");
        var summary = Assert.IsType<SummaryView>(chat.Last.View);
        Assert.Equal(15, summary.Lines.Count);
    }

    [Fact]
    public async Task Confirming_the_summary_gives_a_readable_recommendation_with_guidance()
    {
        var chat = await AtSummaryAsync();
        await chat.TypeAsync("0");
        var report = Assert.IsType<ResultView>(chat.Last.View).Report;
        Assert.Equal("Dual apply: diagnostic radiology plus internal medicine", report.Headline);
        Assert.Contains(report.Reasons, r => r.Contains("241"));
        Assert.Contains("internal medicine", report.AreYouDualApplying);
    }

    [Fact]
    public async Task A_guidance_section_opens_from_the_result_by_button_or_number()
    {
        var chat = await AtSummaryAsync();
        await chat.TypeAsync("0");
        await chat.SendAsync(UserInput.OpenSection(GuidanceSectionIds.Interview, chat.Last.SessionId, chat.Last.Turn));
        var section = Assert.IsType<SectionView>(chat.Last.View).Section;
        Assert.Equal("Interview answers", section.Title);
        await chat.TypeAsync("5");
        Assert.Equal(GuidanceSectionIds.MatchOutcomes, Assert.IsType<SectionView>(chat.Last.View).Section.Id);
    }

    [Fact]
    public async Task Start_after_finishing_shows_the_recommendation_again()
    {
        var chat = await AtSummaryAsync();
        await chat.TypeAsync("0");
        await chat.StartAsync();
        Assert.IsType<ResultView>(chat.Last.View);
    }

    [Fact]
    public async Task Forget_erases_the_conversation_and_says_so()
    {
        var chat = await AtSummaryAsync();
        await chat.CommandAsync(InputKind.Forget);
        Assert.IsType<ErasedView>(chat.Last.View);
        Assert.Contains(chat.Last.Notices, n => n.Text.Contains("erased"));
        Assert.Null(await chat.Store.LoadAsync(chat.Key, default));
        await chat.StartAsync();
        Assert.Equal(Step.Exam, chat.Prompt.Step);
        Assert.Null(chat.Prompt.CurrentAnswer);
    }

    [Theory]
    [InlineData("forget")]
    [InlineData("Forget my answers")]
    public async Task Typing_forget_erases_at_any_step(string text)
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(["usmle", "241"]);
        await chat.TypeAsync(text);
        Assert.IsType<ErasedView>(chat.Last.View);
        Assert.Null(await chat.Store.LoadAsync(chat.Key, default));
    }

    [Fact]
    public async Task Pause_keeps_the_answers_and_any_message_resumes_at_the_same_question()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(["usmle", "241", "0"]);
        await chat.TypeAsync("pause");
        Assert.IsType<PausedView>(chat.Last.View);
        await chat.TypeAsync("hello again");
        Assert.Equal(Step.UsClinicalExperiences, chat.Prompt.Step);
        Assert.True(chat.Last.Has(NoticeKind.Resumed));
    }

    [Fact]
    public async Task Help_lists_the_words_a_student_can_type()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAsync("help");
        Assert.Contains(chat.Last.Notices, n => n.Kind == NoticeKind.Help && n.Text.Contains("restart"));
        Assert.Equal(Step.Exam, chat.Prompt.Step);
    }
}
