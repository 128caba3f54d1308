using System.Text;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Delivery;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Conversations;

public class PersistenceTests
{
    [Fact]
    public async Task A_conversation_saved_after_question_5_is_rebuilt_into_the_same_question()
    {
        var store = new InMemoryConversationStore();
        var first = new TestChat(store);
        await first.StartAsync();
        await first.TypeAllAsync(["usmle", "241", "0", "3", "yes"]);
        Assert.Equal(Step.RadiologyLetters, first.Prompt.Step);

        // A new service on the same store stands in for a restarted host.
        var second = new TestChat(store);
        await second.StartAsync();
        Assert.Equal(Step.RadiologyLetters, second.Prompt.Step);
        Assert.Equal("Question 6 of 14", second.Prompt.Progress);
        Assert.True(second.Last.Has(NoticeKind.Resumed));
        await second.TypeAsync("back");
        Assert.Equal("Yes", second.Prompt.CurrentAnswer);
    }

    [Fact]
    public async Task A_button_from_before_a_restart_of_the_host_still_answers_its_question()
    {
        var store = new InMemoryConversationStore();
        var first = new TestChat(store);
        await first.StartAsync();
        await first.TypeAllAsync(["usmle", "241"]);
        var message = first.Last;

        var second = new TestChat(store);
        await second.SendAsync(UserInput.Answer(Step.ExamFailures, ["0"], message.SessionId, message.Turn));
        Assert.Equal(Step.UsClinicalExperiences, second.Prompt.Step);
    }

    [Fact]
    public async Task A_second_click_on_an_answered_question_is_already_recorded_and_changes_nothing()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        var question = chat.Last;
        await chat.ClickAsync("usmle");
        var second = await chat.SendAsync(UserInput.Answer(Step.Exam, ["comlex"], question.SessionId, question.Turn));
        Assert.True(second.Has(NoticeKind.AlreadyRecorded));
        Assert.Equal(Step.Step2Score, chat.Prompt.Step);
        Assert.Contains("USMLE", chat.Prompt.Text);
    }

    [Fact]
    public async Task Only_the_latest_message_is_current()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        var first = chat.Last;
        Assert.NotNull(await chat.Service.CurrentPromptAsync(chat.Key, first.SessionId, first.Turn, Step.Exam, default));
        await chat.ClickAsync("usmle");
        Assert.Null(await chat.Service.CurrentPromptAsync(chat.Key, first.SessionId, first.Turn, Step.Exam, default));
        Assert.NotNull(await chat.Service.CurrentPromptAsync(chat.Key, chat.Last.SessionId, chat.Last.Turn, Step.Step2Score, default));
    }

    [Fact]
    public async Task A_click_from_an_earlier_conversation_is_out_of_date()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        var old = chat.Last;
        await chat.CommandAsync(InputKind.Restart);
        await chat.SendAsync(UserInput.Answer(Step.Exam, ["usmle"], old.SessionId, old.Turn));
        Assert.True(chat.Last.Has(NoticeKind.OutOfDate));
        Assert.Equal(Step.Exam, chat.Prompt.Step);
        Assert.Null(chat.Prompt.CurrentAnswer);
    }

    [Fact]
    public async Task Concurrent_clicks_on_one_question_record_exactly_one_answer()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        var question = chat.Last;
        var clicks = Enumerable.Range(0, 20).Select(i => chat.Service.HandleAsync(chat.Key,
            UserInput.Answer(Step.Exam, [i % 2 == 0 ? "usmle" : "comlex"], question.SessionId, question.Turn), default));
        var replies = await Task.WhenAll(clicks);
        Assert.Single(replies, r => !r.IsStale);
        Assert.Equal(19, replies.Count(r => r.Has(NoticeKind.AlreadyRecorded)));
        var saved = await chat.Store.LoadAsync(chat.Key, default);
        Assert.Equal(question.Turn + 1, saved!.Turn);
    }

    [Fact]
    public async Task A_corrupt_saved_conversation_restarts_that_student_with_an_explanation()
    {
        var store = new InMemoryConversationStore();
        var chat = new TestChat(store);
        store.PutRaw(chat.Key, Encoding.UTF8.GetBytes("{not json"));
        await chat.StartAsync();
        Assert.True(chat.Last.Has(NoticeKind.ConversationLost));
        Assert.Equal(Step.Exam, chat.Prompt.Step);
        await chat.TypeAsync("usmle");
        Assert.Equal(Step.Step2Score, chat.Prompt.Step);
    }

    [Fact]
    public async Task A_saved_result_without_its_answers_is_treated_as_corrupt_and_restarts_that_student()
    {
        var store = new InMemoryConversationStore();
        var chat = new TestChat(store);
        store.PutRaw(chat.Key, Encoding.UTF8.GetBytes("{\"qv\":1,\"sid\":\"abc\",\"turn\":15,\"step\":\"done\",\"a\":{}}"));
        await chat.StartAsync();
        Assert.True(chat.Last.Has(NoticeKind.ConversationLost));
        Assert.Equal(Step.Exam, chat.Prompt.Step);
    }

    [Fact]
    public async Task A_conversation_saved_by_a_newer_questionnaire_is_left_untouched_during_a_rolling_upgrade()
    {
        var store = new InMemoryConversationStore();
        var newer = new TestChat(store, new QuestionnaireMigrations(currentVersion: ConversationState.CurrentQuestionnaireVersion + 1));
        await newer.StartAsync();
        await newer.TypeAllAsync(["usmle", "241"]);

        var older = new TestChat(store);
        await older.TypeAsync("0");
        Assert.True(older.Last.Has(NoticeKind.TryAgainShortly));
        var saved = await store.LoadAsync(older.Key, default);
        Assert.Equal(ConversationState.CurrentQuestionnaireVersion + 1, saved!.QuestionnaireVersion);
        Assert.Equal(Step.ExamFailures, saved.Step);
        Assert.Equal(241, saved.Answers.Step2Score);
    }

    [Fact]
    public async Task An_older_questionnaire_version_with_a_migration_keeps_its_answers()
    {
        var store = new InMemoryConversationStore();
        var v1 = new TestChat(store);
        await v1.StartAsync();
        await v1.TypeAllAsync(["usmle", "241"]);

        var migrated = false;
        var v2 = new TestChat(store, new QuestionnaireMigrations(currentVersion: ConversationState.CurrentQuestionnaireVersion + 1).Add(ConversationState.CurrentQuestionnaireVersion, _ => migrated = true));
        await v2.StartAsync();
        Assert.True(migrated);
        Assert.Equal(Step.ExamFailures, v2.Prompt.Step);
        Assert.Equal(ConversationState.CurrentQuestionnaireVersion + 1, (await store.LoadAsync(v2.Key, default))!.QuestionnaireVersion);
    }

    [Fact]
    public async Task An_older_questionnaire_version_without_a_migration_restarts_with_a_friendly_message()
    {
        var store = new InMemoryConversationStore();
        var v1 = new TestChat(store);
        await v1.StartAsync();
        await v1.TypeAllAsync(["usmle", "241"]);

        var v2 = new TestChat(store, new QuestionnaireMigrations(currentVersion: ConversationState.CurrentQuestionnaireVersion + 1));
        await v2.StartAsync();
        Assert.True(v2.Last.Has(NoticeKind.QuestionnaireChanged));
        Assert.Equal(Step.Exam, v2.Prompt.Step);
        Assert.Null(v2.Prompt.CurrentAnswer);
    }

    [Fact]
    public async Task A_store_that_is_down_asks_the_student_to_try_again_and_loses_nothing()
    {
        var store = new FlakyStore(new InMemoryConversationStore());
        var chat = new TestChat(store);
        await chat.StartAsync();
        await chat.TypeAsync("usmle");
        store.Down = true;
        await chat.TypeAsync("241");
        Assert.True(chat.Last.Has(NoticeKind.TryAgainShortly));
        store.Down = false;
        await chat.StartAsync();
        Assert.Equal(Step.Step2Score, chat.Prompt.Step);
        await chat.TypeAsync("241");
        Assert.Equal(Step.ExamFailures, chat.Prompt.Step);
    }

    [Fact]
    public async Task A_saved_conversation_is_well_under_one_kilobyte()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAllAsync(StudentAnswers.MidRangeDualApply.Typed);
        var state = await chat.Store.LoadAsync(chat.Key, default);
        Assert.InRange(ConversationStateSerializer.Serialize(state!).Length, 1, 1024);
    }

    [Fact]
    public async Task A_conversation_untouched_past_retention_is_gone()
    {
        var chat = new TestChat();
        await chat.StartAsync();
        await chat.TypeAsync("usmle");
        chat.Time.Advance(TimeSpan.FromDays(31));
        await chat.StartAsync();
        Assert.Null(chat.Prompt.CurrentAnswer);
        Assert.Equal(Step.Exam, chat.Prompt.Step);
    }

    private sealed class FlakyStore(IConversationStore inner) : IConversationStore
    {
        public bool Down { get; set; }

        public Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken ct) =>
            Down ? throw new IOException("store down") : inner.LoadAsync(key, ct);

        public Task<SaveOutcome> SaveAsync(ConversationKey key, ConversationState state, DeliveryRecord? delivery, CancellationToken ct) =>
            Down ? throw new IOException("store down") : inner.SaveAsync(key, state, delivery, ct);

        public Task<SaveOutcome> ConfirmAsync(ConversationKey key, long version, DeliveryRecord? delivery, CancellationToken ct) =>
            Down ? throw new IOException("store down") : inner.ConfirmAsync(key, version, delivery, ct);

        public Task<bool> DeleteAsync(ConversationKey key, CancellationToken ct) => inner.DeleteAsync(key, ct);

        public Task<int> DeleteAllAsync(string platform, string userId, CancellationToken ct) => inner.DeleteAllAsync(platform, userId, ct);
    }
}
