using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Conversations;

/// <summary>
/// Every way a student can ask to be forgotten is read by <see cref="ConversationEngine.Read"/> and erased by the
/// service before anything is loaded; the engine never applies a forget, so there is no second path to drift.
/// </summary>
public class ForgetTests
{
    public static TheoryData<string> TypedWords => ["forget", "Forget me!", "forget my answers", "/forget", "  erase  ", "erase my data", "Delete my data."];

    [Theory]
    [MemberData(nameof(TypedWords))]
    public void Typed_forget_words_and_the_button_are_read_alike(string text)
    {
        Assert.True(ConversationEngine.Read(UserInput.Text(text)).Forgets);
        Assert.True(ConversationEngine.Read(UserInput.Command(InputKind.Forget, "s1", 3)).Forgets);
        Assert.False(ConversationEngine.Read(UserInput.Text("forgetful")).Forgets);
    }

    [Fact]
    public void The_engine_never_applies_a_forget_itself()
    {
        var engine = new ConversationEngine(TestContent.Content);
        var state = new ConversationState { SessionId = "s1", Step = Step.Exam };
        Assert.Throws<ArgumentException>(() => engine.Apply(state, UserInput.Text("forget me")));
        Assert.Throws<ArgumentException>(() => engine.Apply(state, UserInput.Command(InputKind.Forget)));
    }

    [Theory]
    [MemberData(nameof(TypedWords))]
    public async Task Typing_a_forget_word_erases_mid_questionnaire(string text)
    {
        var chat = await MidQuestionnaireAsync();
        await chat.TypeAsync(text);
        await AssertErasedAsync(chat);
    }

    [Fact]
    public async Task The_forget_button_on_the_current_message_erases()
    {
        var chat = await MidQuestionnaireAsync();
        await chat.CommandAsync(InputKind.Forget);
        await AssertErasedAsync(chat);
    }

    [Fact]
    public async Task A_forget_button_on_an_out_of_date_message_still_erases()
    {
        var chat = await MidQuestionnaireAsync();
        await chat.SendAsync(UserInput.Command(InputKind.Forget, chat.Last.SessionId, chat.Last.Turn - 2));
        await AssertErasedAsync(chat);
    }

    [Fact]
    public async Task Typing_forget_while_paused_erases_rather_than_resumes()
    {
        var chat = await MidQuestionnaireAsync();
        await chat.CommandAsync(InputKind.Pause);
        Assert.IsType<PausedView>(chat.Last.View);
        await chat.TypeAsync("forget");
        await AssertErasedAsync(chat);
    }

    [Fact]
    public async Task Forget_at_the_result_erases()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(StudentAnswers.MidRangeDualApply.Typed);
        await chat.TypeAsync("0");
        Assert.IsType<ResultView>(chat.Last.View);
        await chat.TypeAsync("forget");
        await AssertErasedAsync(chat);
    }

    [Fact]
    public async Task Forget_erases_a_conversation_a_newer_release_saved_without_reading_it()
    {
        var store = new InMemoryConversationStore();
        var newer = new TestChat(store, new QuestionnaireMigrations(currentVersion: ConversationState.CurrentQuestionnaireVersion + 1));
        await newer.StartAsync();
        await newer.TypeAllAsync(["usmle", "241"]);

        var older = new TestChat(store);
        await older.TypeAsync("forget me");
        await AssertErasedAsync(older);
    }

    [Fact]
    public async Task Forget_erases_a_conversation_that_cannot_be_read()
    {
        var chat = new TestChat();
        ((InMemoryConversationStore)chat.Store).PutRaw(chat.Key, "not json"u8.ToArray());
        await chat.SendAsync(UserInput.Command(InputKind.Forget));
        await AssertErasedAsync(chat);
    }

    [Fact]
    public async Task A_forget_button_from_a_conversation_that_no_longer_exists_saves_nothing()
    {
        var chat = new TestChat();
        await chat.SendAsync(UserInput.Command(InputKind.Forget, "gone", 4));
        Assert.IsType<ErasedView>(chat.Last.View);
        Assert.Equal([new Notice(NoticeKind.Erased, TestContent.Content.Notices[StudentNotice.NothingToErase])], chat.Last.Notices);
        Assert.Equal(0, ((InMemoryConversationStore)chat.Store).Count);
    }

    private static async Task<TestChat> MidQuestionnaireAsync()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(["usmle", "241", "0"]);
        return chat;
    }

    private static async Task AssertErasedAsync(TestChat chat)
    {
        Assert.IsType<ErasedView>(chat.Last.View);
        Assert.Equal([new Notice(NoticeKind.Erased, TestContent.Content.Notices[StudentNotice.ErasedEverything])], chat.Last.Notices);
        Assert.Null(await chat.Store.LoadAsync(chat.Key, default));
    }
}
