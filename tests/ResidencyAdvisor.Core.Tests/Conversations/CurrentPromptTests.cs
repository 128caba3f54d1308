using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Conversations;

public class CurrentPromptTests
{
    [Fact]
    public async Task The_current_number_question_comes_with_its_range_for_the_student_s_exam()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAsync("comlex");

        var prompt = await chat.Service.CurrentPromptAsync(chat.Key, chat.Last.SessionId, chat.Last.Turn, Step.Step2Score, default);

        Assert.Equal(new NumberRange(9, 999), prompt?.Range);
        Assert.Equal("Question 2 of 14", prompt?.Progress);
    }

    [Fact]
    public async Task An_out_of_date_turn_another_step_or_nothing_saved_gives_no_prompt()
    {
        var chat = new TestChat();
        Assert.Null(await chat.Service.CurrentPromptAsync(chat.Key, "s1", 0, Step.Exam, default));
        await chat.StartAsync();
        var first = chat.Last;
        await chat.TypeAsync("usmle");

        Assert.Null(await chat.Service.CurrentPromptAsync(chat.Key, first.SessionId, first.Turn, Step.Exam, default));
        Assert.Null(await chat.Service.CurrentPromptAsync(chat.Key, chat.Last.SessionId, chat.Last.Turn, Step.ExamFailures, default));
        Assert.Null(await chat.Service.CurrentPromptAsync(chat.Key, "another", chat.Last.Turn, Step.Step2Score, default));
        Assert.NotNull(await chat.Service.CurrentPromptAsync(chat.Key, chat.Last.SessionId, chat.Last.Turn, Step.Step2Score, default));
    }

    [Fact]
    public async Task Asking_for_the_prompt_changes_nothing()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAsync("usmle");
        var before = await chat.Store.LoadAsync(chat.Key, default);

        await chat.Service.CurrentPromptAsync(chat.Key, chat.Last.SessionId, chat.Last.Turn, Step.Step2Score, default);

        var after = await chat.Store.LoadAsync(chat.Key, default);
        Assert.Equal((before!.Version, before.Turn, before.Step), (after!.Version, after.Turn, after.Step));
    }
}
