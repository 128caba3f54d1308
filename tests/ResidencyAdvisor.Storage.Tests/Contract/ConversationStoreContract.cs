using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Storage.Tests.Fixtures;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>
/// What every conversation store must do, run against each one (in-memory, SQLite, Redis) by a small subclass.
/// The store-level half is here; the half that goes through TurnHandler is in the .Service.cs part.
/// </summary>
public abstract partial class ConversationStoreContract : IDisposable
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private IConversationStore? _store;

    /// <summary>The clock shared by the store and the services; Redis ignores it and uses real time.</summary>
    protected FakeTimeProvider Time { get; } = new(Start);

    /// <summary>How long conversations are kept; Redis subclasses use a short real-time retention.</summary>
    protected virtual TimeSpan Retention => TimeSpan.FromDays(30);

    /// <summary>True for stores that keep expired data until a purge erases it (SQLite); Redis TTL and the in-memory store need none.</summary>
    protected virtual bool PurgeCountsExpired => false;

    protected IConversationStore Store => _store ??= CreateStore();

    protected abstract IConversationStore CreateStore();

    protected abstract IDeliveryLedger CreateLedger();

    /// <summary>Runs the store's own purge, where it has one (a Storage job, not part of the core's port).</summary>
    protected virtual Task<int> PurgeExpiredAsync() => Task.FromResult(0);

    /// <summary>Writes bytes as the stored value for <paramref name="key"/>, bypassing the serializer.</summary>
    protected abstract Task PutRawAsync(ConversationKey key, byte[] payload);

    /// <summary>Moves the store's clock on; a Redis subclass waits for real.</summary>
    protected virtual Task LetTimePassAsync(TimeSpan span)
    {
        Time.Advance(span);
        return Task.CompletedTask;
    }

    protected static ConversationKey NewKey(string platform = "discord") => new(platform, "guild-1", Guid.NewGuid().ToString("N"));

    protected ConversationState NewState(string sessionId = "s1") => ConversationState.Start(Time.GetUtcNow(), sessionId);

    [StoreFact]
    public async Task A_saved_conversation_loads_back_with_its_step_answers_and_version()
    {
        var key = NewKey();
        var state = NewState();
        state.Step = Step.ExamFailures;
        state.Turn = 2;
        state.Answers = new Answers { Exam = ExamKind.Usmle, ScoreAnswered = true, Step2Score = 241 };

        Assert.True(await Store.TrySaveAsync(key, state, default));

        Assert.Equal(1, state.Version);
        var loaded = Assert.IsType<ConversationState>(await Store.LoadAsync(key, default));
        Assert.Equal((1L, Step.ExamFailures, 2, "s1"), (loaded.Version, loaded.Step, loaded.Turn, loaded.SessionId));
        Assert.Equal((ExamKind.Usmle, 241), (loaded.Answers.Exam, loaded.Answers.Step2Score));
    }

    [StoreFact]
    public async Task A_conversation_never_saved_loads_as_nothing()
    {
        Assert.Null(await Store.LoadAsync(NewKey(), default));
    }

    [StoreFact]
    public async Task Of_two_saves_from_the_same_version_exactly_one_wins()
    {
        var key = NewKey();
        Assert.True(await Store.TrySaveAsync(key, NewState(), default));
        var copies = new List<ConversationState>();
        for (var i = 0; i < 8; i++)
        {
            var copy = (await Store.LoadAsync(key, default))!;
            copy.Turn = 100 + i;
            copies.Add(copy);
        }

        var results = await Task.WhenAll(copies.Select(c => Task.Run(() => Store.TrySaveAsync(key, c, default))));

        Assert.Single(results, saved => saved);
        var stored = (await Store.LoadAsync(key, default))!;
        Assert.Equal(2, stored.Version);
        Assert.Equal(copies[Array.IndexOf(results, true)].Turn, stored.Turn);
    }

    [StoreFact]
    public async Task A_first_save_fails_when_the_conversation_already_exists()
    {
        var key = NewKey();
        Assert.True(await Store.TrySaveAsync(key, NewState("first"), default));

        Assert.False(await Store.TrySaveAsync(key, NewState("second"), default));
        Assert.Equal("first", (await Store.LoadAsync(key, default))!.SessionId);
    }

    [StoreFact]
    public async Task A_conversation_expires_after_the_retention_period_counted_from_its_last_save()
    {
        var key = NewKey();
        var state = NewState();
        Assert.True(await Store.TrySaveAsync(key, state, default));
        await LetTimePassAsync(Retention * 0.5);
        Assert.True(await Store.TrySaveAsync(key, state, default));

        await LetTimePassAsync(Retention * 0.7);
        Assert.NotNull(await Store.LoadAsync(key, default));

        await LetTimePassAsync(Retention * 0.6);
        Assert.Null(await Store.LoadAsync(key, default));

        // The student simply starts again: a first save is allowed where only an expired conversation remains.
        Assert.True(await Store.TrySaveAsync(key, NewState("again"), default));
        Assert.Equal("again", (await Store.LoadAsync(key, default))!.SessionId);
    }

    [StoreFact]
    public async Task Purging_erases_expired_conversations_and_keeps_the_rest()
    {
        var old = NewKey();
        var recent = NewKey();
        Assert.True(await Store.TrySaveAsync(old, NewState(), default));
        await LetTimePassAsync(Retention * 0.6);
        Assert.True(await Store.TrySaveAsync(recent, NewState(), default));
        await LetTimePassAsync(Retention * 0.6);

        var purged = await PurgeExpiredAsync();

        Assert.Equal(PurgeCountsExpired ? 1 : 0, purged);
        Assert.Null(await Store.LoadAsync(old, default));
        Assert.NotNull(await Store.LoadAsync(recent, default));
    }

    [StoreFact]
    public async Task Deleting_erases_at_once_and_says_whether_there_was_anything()
    {
        var key = NewKey();
        Assert.True(await Store.TrySaveAsync(key, NewState(), default));

        Assert.True(await Store.DeleteAsync(key, default));

        Assert.Null(await Store.LoadAsync(key, default));
        Assert.False(await Store.DeleteAsync(key, default));
    }

    [StoreFact]
    public async Task The_delivery_ledger_accepts_an_id_once_per_window()
    {
        var ledger = CreateLedger();
        var id = "evt-" + Guid.NewGuid().ToString("N");
        var window = Retention;

        Assert.True(await ledger.TryRecordAsync(id, window, default));
        Assert.False(await ledger.TryRecordAsync(id, window, default));
        Assert.True(await ledger.TryRecordAsync("other-" + id, window, default));

        await LetTimePassAsync(window * 1.2);
        Assert.True(await ledger.TryRecordAsync(id, window, default));
        Assert.False(await ledger.TryRecordAsync(id, window, default));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
