using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Conversations;

public class QuestionnaireFlowTests
{
    [Fact]
    public async Task The_first_question_asks_for_the_exam_with_progress()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        Assert.Equal(Step.Exam, chat.Prompt.Step);
        Assert.Equal("Question 1 of 14", chat.Prompt.Progress);
        Assert.Equal(["USMLE", "COMLEX"], chat.Prompt.Choices.Select(c => c.Label));
        Assert.False(chat.Prompt.CanGoBack);
    }

    [Fact]
    public async Task A_first_typed_message_opens_the_questionnaire_instead_of_being_a_wrong_answer()
    {
        var chat = new TestChat();
        await chat.TypeAsync("hey there");
        Assert.Equal(Step.Exam, chat.Prompt.Step);
        Assert.Empty(chat.Last.Notices);
        await chat.TypeAsync("hey there");
        Assert.True(chat.Last.Has(NoticeKind.InvalidAnswer));
    }

    [Fact]
    public async Task The_score_is_asked_on_the_chosen_exams_scale_with_not_taken_yet()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.ClickAsync("comlex");
        Assert.Equal(Step.Step2Score, chat.Prompt.Step);
        Assert.Contains("COMLEX Level 2-CE", chat.Prompt.Text);
        Assert.Equal(new NumberRange(9, 999), chat.Prompt.Range);
        Assert.Contains(chat.Prompt.Choices, c => c.Label == "Not taken yet");
    }

    [Fact]
    public async Task Not_taken_yet_is_accepted_as_a_score_answer()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.ClickAsync("usmle");
        await chat.ClickAsync("not-taken");
        Assert.Equal(Step.ExamFailures, chat.Prompt.Step);
    }

    [Theory]
    [InlineData("320", "from 1 to 300")]
    [InlineData("0", "from 1 to 300")]
    [InlineData("abc", "from 1 to 300")]
    [InlineData("24O", "from 1 to 300")]
    public async Task An_impossible_usmle_score_is_re_asked_with_the_allowed_range(string input, string expected)
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAsync("usmle");
        await chat.TypeAsync(input);
        Assert.Equal(Step.Step2Score, chat.Prompt.Step);
        Assert.Contains(chat.Last.Notices, n => n.Kind == NoticeKind.InvalidAnswer && n.Text.Contains(expected));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("2.5")]
    public async Task A_count_that_is_not_a_whole_number_is_re_asked(string input)
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(["usmle", "241"]);
        await chat.TypeAsync(input);
        Assert.Equal(Step.ExamFailures, chat.Prompt.Step);
        Assert.Contains(chat.Last.Notices, n => n.Text == "Please enter a whole number from 0 to 10, or \"3 or more\".");
    }

    [Fact]
    public async Task A_yes_no_question_re_asks_an_unclear_answer()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(["usmle", "241", "0", "3"]);
        await chat.TypeAsync("maybe");
        Assert.Equal(Step.UsRadiologyExperience, chat.Prompt.Step);
        Assert.Contains(chat.Last.Notices, n => n.Text == "Please choose \"Yes\" or \"No\".");
    }

    [Fact]
    public async Task Continuous_clinical_work_is_asked_only_three_or_more_years_after_graduation()
    {
        var recent = new TestChat();
        await recent.StartAsync();
        await recent.TypeAllAsync(["usmle", "241", "0", "3", "yes", "1", "no", "2"]);
        Assert.Equal(Step.Geography, recent.Prompt.Step);
        Assert.Equal("Question 9 of 14", recent.Prompt.Progress);

        var older = new TestChat();
        await older.StartAsync();
        await older.TypeAllAsync(["usmle", "241", "0", "3", "yes", "1", "no", "3"]);
        Assert.Equal(Step.ContinuousClinicalWork, older.Prompt.Step);
        Assert.Equal("Question 8a of 14", older.Prompt.Progress);
    }

    [Fact]
    public async Task Back_returns_to_the_previous_question_and_keeps_the_earlier_answer()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(["usmle", "241", "0"]);
        await chat.CommandAsync(InputKind.Back);
        Assert.Equal(Step.ExamFailures, chat.Prompt.Step);
        Assert.Equal("0", chat.Prompt.CurrentAnswer);
        await chat.TypeAsync("back");
        Assert.Equal(Step.Step2Score, chat.Prompt.Step);
        Assert.Equal("241", chat.Prompt.CurrentAnswer);
    }

    [Fact]
    public async Task Back_on_the_first_question_explains_there_is_nothing_before_it()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAsync("back");
        Assert.Equal(Step.Exam, chat.Prompt.Step);
        Assert.Contains(chat.Last.Notices, n => n.Text.Contains("first question"));
    }

    [Fact]
    public async Task Restart_clears_every_answer_and_returns_to_question_one()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(["usmle", "241", "0", "3"]);
        await chat.CommandAsync(InputKind.Restart);
        Assert.Equal(Step.Exam, chat.Prompt.Step);
        Assert.Null(chat.Prompt.CurrentAnswer);
        Assert.True(chat.Last.Has(NoticeKind.Restarted));
        Assert.Contains(chat.Last.Notices, n => n.Text.Contains("earlier answers were cleared", StringComparison.Ordinal));
        await chat.TypeAsync("usmle");
        Assert.Null(chat.Prompt.CurrentAnswer);
    }

    [Fact]
    public async Task Restart_before_any_answer_does_not_claim_earlier_answers_were_cleared()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.CommandAsync(InputKind.Restart);

        Assert.Equal(Step.Exam, chat.Prompt.Step);
        var notice = Assert.Single(chat.Last.Notices, n => n.Kind == NoticeKind.Restarted);
        Assert.Equal("Starting from the first question.", notice.Text);
        Assert.DoesNotContain(chat.Last.Notices, n => n.Text.Contains("cleared", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Backup_interests_are_removed_from_the_would_not_practice_choices()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(StudentAnswers.MidRangeDualApply.Typed[..^2]);
        await chat.ClickAsync("psychiatry", "neurology");
        Assert.Equal(Step.WouldNotPractice, chat.Prompt.Step);
        Assert.Equal(["internal-medicine", "family-medicine"], chat.Prompt.Choices.Select(c => c.Id));
    }

    [Fact]
    public async Task An_unknown_specialty_is_re_asked_naming_what_was_not_recognised()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(StudentAnswers.MidRangeDualApply.Typed[..^2]);
        await chat.TypeAsync("dermatology");
        Assert.Equal(Step.BackupInterests, chat.Prompt.Step);
        Assert.Contains(chat.Last.Notices, n => n.Text.StartsWith("I didn't recognise \"dermatology\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changing_the_exam_asks_for_the_score_again_on_the_new_scale()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(StudentAnswers.MidRangeDualApply.Typed);
        await chat.SendAsync(UserInput.Edit(Step.Exam, chat.Last.SessionId, chat.Last.Turn));
        await chat.ClickAsync("comlex");
        Assert.Equal(Step.Step2Score, chat.Prompt.Step);
        Assert.Null(chat.Prompt.CurrentAnswer);
        await chat.TypeAsync("600");
        Assert.IsType<SummaryView>(chat.Last.View);
    }
}
