using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>
/// Issue 19: a turn's save records its delivery in the same write, so each student action is one store write and a
/// crash can never keep the answer without the record that makes its replay count once (or the other way round).
/// </summary>
public abstract partial class ConversationStoreContract
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private IDeliveryLedger? _ledger;

    /// <summary>The ledger beside <see cref="Store"/>: where a turn that saves nothing records its delivery.</summary>
    protected IDeliveryLedger Ledger => _ledger ??= CreateLedger();

    protected TurnHandler DeliveringService() => new(Store, TestContent.Engine(), Time, deliveries: Ledger);

    private static DeliveryRecord NewDelivery(TimeSpan? window = null) => new("test:" + Guid.NewGuid().ToString("N"), window ?? Window);

    [StoreFact]
    public async Task A_save_records_its_delivery_so_a_second_save_with_it_is_refused_and_writes_nothing()
    {
        var key = NewKey();
        var delivery = NewDelivery();
        var state = NewState();

        Assert.Equal(SaveOutcome.Saved, await Store.SaveAsync(key, state, delivery, default));
        state.Turn = 5;
        var replay = await Store.SaveAsync(key, state, delivery, default);

        Assert.Equal(SaveOutcome.Replayed, replay);
        var saved = (await Store.LoadAsync(key, default))!;
        Assert.Equal((1L, 0), (saved.Version, saved.Turn));
        Assert.False(await Ledger.TryRecordAsync(key, delivery.Id, Window, default));
    }

    [StoreFact]
    public async Task A_save_that_loses_the_compare_and_set_leaves_no_delivery_record()
    {
        var key = NewKey();
        Assert.True(await Store.TrySaveAsync(key, NewState(), default));
        var delivery = NewDelivery();

        var stale = await Store.SaveAsync(key, NewState("other"), delivery, default);

        Assert.Equal(SaveOutcome.Conflict, stale);
        Assert.Equal("s1", (await Store.LoadAsync(key, default))!.SessionId);
        Assert.True(await Ledger.TryRecordAsync(key, delivery.Id, Window, default));
    }

    [StoreFact]
    public async Task A_delivery_recorded_alone_refuses_a_save_that_carries_it()
    {
        var key = NewKey();
        var delivery = NewDelivery();
        Assert.True(await Ledger.TryRecordAsync(key, delivery.Id, Window, default));

        Assert.Equal(SaveOutcome.Replayed, await Store.SaveAsync(key, NewState(), delivery, default));
        Assert.Null(await Store.LoadAsync(key, default));
    }

    [StoreFact]
    public async Task A_delivery_counts_as_new_again_once_its_window_has_passed()
    {
        var key = NewKey();
        var delivery = NewDelivery(Retention / 2);
        var state = NewState();
        Assert.Equal(SaveOutcome.Saved, await Store.SaveAsync(key, state, delivery, default));

        await LetTimePassAsync(Retention * 0.8);

        Assert.Equal(SaveOutcome.Saved, await Store.SaveAsync(key, state, delivery, default));
    }

    [StoreFact]
    public async Task A_replayed_answer_is_not_answered_again_and_changes_nothing()
    {
        var key = NewKey();
        var service = DeliveringService();
        await service.HandleAsync(key, UserInput.Start() with { Delivery = NewDelivery() }, default);
        var answer = UserInput.Text("usmle") with { Delivery = NewDelivery() };
        var first = await service.HandleAsync(key, answer, default);

        // Another instance gets the replay (a gateway resume, a Slack retry): only the store can tell.
        var replay = await DeliveringService().HandleAsync(key, answer, default);

        Assert.Equal(Step.Step2Score, Assert.IsType<QuestionView>(first.View).Prompt.Step);
        Assert.True(replay.IsReplay);
        Assert.Equal((2L, 1), ((await Store.LoadAsync(key, default))!.Version, (await Store.LoadAsync(key, default))!.Turn));
    }

    [StoreFact]
    public async Task A_replayed_turn_that_saved_nothing_is_still_refused()
    {
        var key = NewKey();
        var service = DeliveringService();
        var start = await service.HandleAsync(key, UserInput.Start(), default);
        await service.HandleAsync(key, UserInput.Text("usmle"), default);

        // A click on the first question, now out of date: nothing to save, but the delivery is recorded all the same.
        var stale = UserInput.Answer(Step.Exam, ["comlex"], start.SessionId, start.Turn) with { Delivery = NewDelivery() };
        var first = await service.HandleAsync(key, stale, default);
        var replay = await DeliveringService().HandleAsync(key, stale, default);

        Assert.True(first.IsStale);
        Assert.True(replay.IsReplay);
    }

    [StoreFact]
    public async Task A_replayed_forget_erases_nothing_the_student_answered_since()
    {
        var key = NewKey();
        var service = DeliveringService();
        await service.HandleAsync(key, UserInput.Start(), default);
        var forget = UserInput.Command(InputKind.Forget) with { Delivery = NewDelivery() };
        Assert.IsType<ErasedView>((await service.HandleAsync(key, forget, default)).View);
        await service.HandleAsync(key, UserInput.Start(), default);
        await service.HandleAsync(key, UserInput.Text("usmle"), default);

        var replay = await DeliveringService().HandleAsync(key, forget, default);

        Assert.True(replay.IsReplay);
        Assert.Equal(Step.Step2Score, (await Store.LoadAsync(key, default))!.Step);
    }

    [StoreFact]
    public async Task Of_one_delivery_sent_to_two_services_at_once_exactly_one_is_answered()
    {
        var key = NewKey();
        var services = new[] { DeliveringService(), DeliveringService() };
        await services[0].HandleAsync(key, UserInput.Start(), default);
        var answer = UserInput.Text("usmle") with { Delivery = NewDelivery() };

        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => services[i % 2].HandleAsync(key, answer, default))));

        var answered = Assert.Single(replies, r => !r.IsReplay);
        Assert.Equal(Step.Step2Score, Assert.IsType<QuestionView>(answered.View).Prompt.Step);
        var saved = (await Store.LoadAsync(key, default))!;
        Assert.Equal((1, Step.Step2Score), (saved.Turn, saved.Step));
    }
}
