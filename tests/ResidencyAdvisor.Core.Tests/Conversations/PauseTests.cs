using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Conversations;

/// <summary>While paused, anything typed only resumes; a click does what it says, except Pause, which stays paused.</summary>
public class PauseTests
{
    [Theory]
    [InlineData("back")]
    [InlineData("pause")]
    [InlineData("help")]
    [InlineData("restart")]
    public async Task A_typed_command_while_paused_only_resumes_at_the_same_question(string text)
    {
        var chat = await PausedAtQuestion4Async();
        await chat.TypeAsync(text);
        Assert.Equal(Step.UsClinicalExperiences, chat.Prompt.Step);
        Assert.Equal(0, (await chat.Store.LoadAsync(chat.Key, default))!.Answers.ExamFailures);
        Assert.True(chat.Last.Has(NoticeKind.Resumed));
    }

    [Fact]
    public async Task The_pause_button_while_paused_stays_paused()
    {
        var chat = await PausedAtQuestion4Async();
        await chat.CommandAsync(InputKind.Pause);
        Assert.IsType<PausedView>(chat.Last.View);
        Assert.False(chat.Last.Has(NoticeKind.Resumed));
    }

    [Fact]
    public async Task The_back_button_while_paused_resumes_and_goes_back()
    {
        var chat = await PausedAtQuestion4Async();
        await chat.CommandAsync(InputKind.Back);
        Assert.Equal(Step.ExamFailures, chat.Prompt.Step);
        Assert.True(chat.Last.Has(NoticeKind.Resumed));
    }

    private static async Task<TestChat> PausedAtQuestion4Async()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(["usmle", "241", "0"]);
        await chat.CommandAsync(InputKind.Pause);
        Assert.IsType<PausedView>(chat.Last.View);
        return chat;
    }
}
