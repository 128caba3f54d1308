using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Delivery;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Conversations;

/// <summary>
/// Issue 19: an active student's turn runs on the state kept in memory and reads nothing first; the save or confirm
/// that ends every turn catches what another instance, expiry or erasure changed.
/// </summary>
public sealed class ConversationCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private static readonly ConversationKey Key = new("test", "dm", "student-1");

    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public async Task An_active_students_answers_after_the_first_read_nothing_from_the_store()
    {
        var store = new CountingStore(new InMemoryConversationStore(_time, TimeSpan.FromDays(30)));
        var chat = new TestChat(store, time: _time);

        await chat.StartAsync();
        await chat.TypeAllAsync(StudentAnswers.MidRangeDualApply.Typed);
        await chat.TypeAsync("0");
        await chat.CommandAsync(InputKind.ShowResult);

        Assert.IsType<ResultView>(chat.Last.View);
        Assert.Equal(1, store.Loads);
    }

    [Fact]
    public async Task A_turn_on_one_instance_sees_the_answer_another_instance_saved_meanwhile()
    {
        var store = new InMemoryConversationStore(_time, TimeSpan.FromDays(30));
        var first = Handler(store);
        var second = Handler(store);
        await first.HandleAsync(Key, UserInput.Start(), default);
        await second.HandleAsync(Key, UserInput.Text("usmle"), default);

        // The first instance's copy still stands at the exam question, where "250" is no answer: its confirm fails, it
        // reads the store, and the score question takes it.
        var reply = await first.HandleAsync(Key, UserInput.Text("250"), default);

        Assert.Equal(Step.ExamFailures, Assert.IsType<QuestionView>(reply.View).Prompt.Step);
        var saved = (await store.LoadAsync(Key, default))!;
        Assert.Equal((ExamKind.Usmle, 250), (saved.Answers.Exam, saved.Answers.Step2Score));
    }

    [Fact]
    public async Task Answers_erased_through_another_instance_are_never_shown_from_memory()
    {
        var store = new InMemoryConversationStore(_time, TimeSpan.FromDays(30));
        var chat = new TestChat(store, time: _time);
        await chat.FinishAsync();
        await Handler(store).HandleAsync(Key, UserInput.Command(InputKind.Forget), default);

        var reply = await chat.CommandAsync(InputKind.ShowResult);

        Assert.IsNotType<ResultView>(reply.View);
        Assert.True(reply.Has(NoticeKind.ConversationLost));
        Assert.True((await store.LoadAsync(Key, default))!.Answers.IsEmpty);
    }

    [Fact]
    public async Task A_conversation_expired_in_the_store_is_not_brought_back_from_memory()
    {
        var store = new InMemoryConversationStore(_time, TimeSpan.FromHours(1));
        var cache = new ConversationCache(10, TimeSpan.FromHours(2), _time);
        var handler = Handler(store, cache);
        await handler.HandleAsync(Key, UserInput.Start(), default);
        await handler.HandleAsync(Key, UserInput.Text("usmle"), default);

        _time.Advance(TimeSpan.FromMinutes(90));
        var reply = await handler.HandleAsync(Key, UserInput.Text("250"), default);

        Assert.Equal(Step.Exam, Assert.IsType<QuestionView>(reply.View).Prompt.Step);
        Assert.Null((await store.LoadAsync(Key, default))!.Answers.Exam);
    }

    [Fact]
    public async Task Forgetting_drops_every_conversation_of_the_student_kept_in_memory()
    {
        var store = new InMemoryConversationStore(_time, TimeSpan.FromDays(30));
        var cache = new ConversationCache(10, TimeSpan.FromMinutes(10), _time);
        var handler = Handler(store, cache);
        var inServer = Key with { Scope = "guild-1" };
        var someoneElse = Key with { UserId = "student-2" };
        foreach (var key in new[] { Key, inServer, someoneElse })
        {
            await handler.HandleAsync(key, UserInput.Start(), default);
        }

        await handler.HandleAsync(Key, UserInput.Command(InputKind.Forget), default);

        Assert.Equal(1, cache.Count);
        Assert.Null(cache.Take(inServer));
        Assert.NotNull(cache.Take(someoneElse));
    }

    [Fact]
    public async Task A_conversation_unused_for_the_idle_time_is_read_from_the_store_again()
    {
        var store = new CountingStore(new InMemoryConversationStore(_time, TimeSpan.FromDays(30)));
        var handler = Handler(store, new ConversationCache(10, TimeSpan.FromMinutes(10), _time));
        await handler.HandleAsync(Key, UserInput.Start(), default);
        await handler.HandleAsync(Key, UserInput.Text("usmle"), default);
        Assert.Equal(1, store.Loads);

        _time.Advance(TimeSpan.FromMinutes(10));
        await handler.HandleAsync(Key, UserInput.Text("250"), default);

        Assert.Equal(2, store.Loads);
    }

    [Fact]
    public async Task A_replayed_click_that_changes_nothing_is_refused_when_the_state_comes_from_memory()
    {
        var store = new InMemoryConversationStore(_time, TimeSpan.FromDays(30));
        var handler = Handler(store, deliveries: store.Deliveries);
        var start = await handler.HandleAsync(Key, UserInput.Start(), default);
        await handler.HandleAsync(Key, UserInput.Text("usmle"), default);
        var stale = UserInput.Answer(Step.Exam, ["comlex"], start.SessionId, start.Turn)
            with { Delivery = new DeliveryRecord("click-1", TimeSpan.FromMinutes(15)) };

        var first = await handler.HandleAsync(Key, stale, default);
        var replay = await handler.HandleAsync(Key, stale, default);

        Assert.True(first.IsStale);
        Assert.True(replay.IsReplay);
    }

    [Fact]
    public void When_full_the_least_recently_used_conversation_goes_first()
    {
        var cache = new ConversationCache(2, TimeSpan.FromMinutes(10), _time);
        var (a, b, c) = (Key with { UserId = "a" }, Key with { UserId = "b" }, Key with { UserId = "c" });
        cache.Keep(a, ConversationState.Start(Start, "sa"));
        cache.Keep(b, ConversationState.Start(Start, "sb"));
        Assert.NotNull(cache.Take(a));

        cache.Keep(c, ConversationState.Start(Start, "sc"));

        Assert.Equal(("sa", null, "sc"), (cache.Take(a)?.SessionId, cache.Take(b)?.SessionId, cache.Take(c)?.SessionId));
    }

    [Fact]
    public void A_conversation_left_idle_is_dropped_even_when_no_turn_comes()
    {
        using var cache = new ConversationCache(10, TimeSpan.FromMinutes(10), _time);
        cache.Keep(Key, ConversationState.Start(Start, "s1"));
        _time.Advance(TimeSpan.FromMinutes(9));
        cache.Keep(Key with { UserId = "student-2" }, ConversationState.Start(Start, "s2"));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, cache.Count);
        _time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_cache_of_size_zero_keeps_nothing()
    {
        var cache = new ConversationCache(0, TimeSpan.FromMinutes(10), _time);

        cache.Keep(Key, ConversationState.Start(Start, "s1"));

        Assert.Null(cache.Take(Key));
    }

    [Fact]
    public void A_turn_changing_its_copy_leaves_the_kept_state_as_it_was()
    {
        var cache = new ConversationCache(2, TimeSpan.FromMinutes(10), _time);
        var kept = ConversationState.Start(Start, "s1");
        kept.Answers.Exam = ExamKind.Usmle;
        kept.DoneTasks.Add("eras-opens");
        kept.TaskDates["eras-opens"] = new DateOnly(2027, 6, 1);
        cache.Keep(Key, kept);

        var copy = cache.Take(Key)!;
        copy.Answers.Exam = ExamKind.Comlex;
        copy.DoneTasks.Clear();
        copy.TaskDates.Clear();
        copy.Turn = 9;

        var again = cache.Take(Key)!;
        Assert.Equal((ExamKind.Usmle, 1, 1, 0), (again.Answers.Exam, again.DoneTasks.Count, again.TaskDates.Count, again.Turn));
    }

    [Fact]
    public void A_copy_carries_every_property_of_the_conversation()
    {
        var state = ConversationState.Start(Start, "s1");
        state.QuestionnaireVersion = 7;
        state.Turn = 3;
        state.Version = 4;
        state.Step = Step.Geography;
        state.Editing = true;
        state.Paused = true;
        state.Answers.Exam = ExamKind.Comlex;
        state.DoneTasks.Add("t");
        state.TaskDates["t"] = new DateOnly(2027, 1, 15);
        state.TimeZoneId = "America/Chicago";
        state.UpdatedAt = Start.AddHours(1);

        var copy = state.Copy();

        // Every property a save writes (and the version it compares): a property added later without a copy fails here.
        Assert.Equal(ConversationStateSerializer.Serialize(state), ConversationStateSerializer.Serialize(copy));
        Assert.Equal(state.Version, copy.Version);
        foreach (var property in typeof(ConversationState).GetProperties())
        {
            var value = property.GetValue(state);
            Assert.False(value is not string && value?.GetType().IsClass == true && ReferenceEquals(value, property.GetValue(copy)),
                $"{property.Name} is shared between the copy and the original.");
        }
    }

    private TurnHandler Handler(IConversationStore store, ConversationCache? cache = null, IDeliveryLedger? deliveries = null) =>
        new(store, TestContent.Engine(), _time, deliveries: deliveries, cache: cache ?? new ConversationCache(10, TimeSpan.FromMinutes(10), _time));

    private sealed class CountingStore(IConversationStore inner) : IConversationStore
    {
        public int Loads { get; private set; }

        public Task<ConversationState?> LoadAsync(ConversationKey key, CancellationToken ct)
        {
            Loads++;
            return inner.LoadAsync(key, ct);
        }

        public Task<SaveOutcome> SaveAsync(ConversationKey key, ConversationState state, DeliveryRecord? delivery, CancellationToken ct) =>
            inner.SaveAsync(key, state, delivery, ct);

        public Task<SaveOutcome> ConfirmAsync(ConversationKey key, long version, DeliveryRecord? delivery, CancellationToken ct) =>
            inner.ConfirmAsync(key, version, delivery, ct);

        public Task<bool> DeleteAsync(ConversationKey key, CancellationToken ct) => inner.DeleteAsync(key, ct);

        public Task<int> DeleteAllAsync(string platform, string userId, CancellationToken ct) => inner.DeleteAllAsync(platform, userId, ct);
    }
}
