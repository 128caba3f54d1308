using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Conversations;

public class DirectMessageConversationTests : SlackTestBed
{
    [Fact]
    public async Task A_DM_conversation_reaches_the_recommendation_and_its_dual_applying_answer()
    {
        var student = Student();
        var first = await GreetAsync(student);
        Assert.Equal("Licensing exam", first.Header);
        Assert.Contains("Question 1 of", first.AllText(), StringComparison.Ordinal);

        var result = await StudentScript.RunToRecommendationAsync(student, first);
        Assert.Contains("Start over", result.ButtonLabels());
        Assert.Contains("Forget my answers", result.ButtonLabels());

        await student.ClickAsync(result, "Interview answers");
        var interview = await student.NextMessageAsync();

        Assert.Equal("Interview answers", interview.Header);
        Assert.Contains("*Are you dual applying?*", interview.AllText(), StringComparison.Ordinal);
        Assert.Contains("internal medicine", interview.AllText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, Slack.NullFieldRequests);
    }

    [Fact]
    public async Task Any_first_message_starts_the_questionnaire_without_a_warning()
    {
        var student = Student();

        await student.SendDmAsync("hey there, can you help?");
        var first = await student.NextMessageAsync();

        Assert.Equal("Licensing exam", first.Header);
        Assert.DoesNotContain(":warning:", first.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_typed_answer_is_explained_and_the_question_asked_again()
    {
        var student = Student();
        await GreetAsync(student);

        await student.SendDmAsync("maybe");
        var again = await student.NextMessageAsync();

        Assert.Equal("Licensing exam", again.Header);
        Assert.Contains(":warning:", again.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answered_question_is_updated_to_show_the_answer_with_no_buttons_left()
    {
        var student = Student();
        var first = await GreetAsync(student);

        await student.ClickAsync(first, "USMLE");
        var second = await student.NextMessageAsync();

        Assert.Equal("Exam score", second.Header);
        Assert.False(first.HasControls);
        Assert.Contains("Your answer: USMLE", first.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pause_keeps_the_answers_and_any_message_resumes_at_the_same_question()
    {
        var student = Student();
        var first = await GreetAsync(student);
        await student.ClickAsync(first, "USMLE");
        var second = await student.NextMessageAsync();

        await student.ClickAsync(second, "Pause");
        var paused = await student.NextMessageAsync();
        Assert.Contains("Paused", paused.AllText(), StringComparison.Ordinal);

        await student.SendDmAsync("I'm back");
        var resumed = await student.NextMessageAsync();
        Assert.Equal("Exam score", resumed.Header);
        Assert.Contains("Welcome back", resumed.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_answer_is_read_by_the_core_and_retires_the_question_buttons()
    {
        var student = Student();
        var first = await GreetAsync(student);

        await student.SendDmAsync("comlex");
        var second = await student.NextMessageAsync();

        Assert.Contains("COMLEX", second.AllText(), StringComparison.Ordinal);
        Assert.False(first.HasControls);
    }

    [Fact]
    public async Task Typing_forget_erases_the_saved_answers()
    {
        var student = Student();
        var first = await GreetAsync(student);
        await student.ClickAsync(first, "USMLE");
        await student.NextMessageAsync();

        await student.SendDmAsync("forget");
        var erased = await student.NextMessageAsync();

        Assert.Contains("erased", erased.AllText(), StringComparison.Ordinal);
        Assert.Null(await Adapter.Store.LoadAsync(new ConversationKey("slack", FakeSlack.TeamId, student.UserId), default));
    }

    [Fact]
    public async Task An_answer_can_be_changed_from_the_summary()
    {
        var student = Student();
        var summary = await StudentScript.RunUntilAsync(student, await GreetAsync(student), "Check your answers");

        await student.ClickAsync(summary, "Change");
        var exam = await student.NextMessageAsync();
        Assert.Equal("Licensing exam", exam.Header);
        await student.ClickAsync(exam, "USMLE");
        var again = await student.NextMessageAsync();

        Assert.Equal("Check your answers", again.Header);
        Assert.Contains("See my recommendation", again.ButtonLabels());
        Assert.False(summary.HasControls);
    }

    [Fact]
    public async Task Back_returns_to_the_previous_question()
    {
        var student = Student();
        var first = await GreetAsync(student);
        await student.ClickAsync(first, "USMLE");
        var second = await student.NextMessageAsync();

        await student.ClickAsync(second, "Back");
        var again = await student.NextMessageAsync();

        Assert.Equal("Licensing exam", again.Header);
        Assert.Contains("Your earlier answer: *USMLE*", again.AllText(), StringComparison.Ordinal);
        Assert.False(second.HasControls);
    }
}
