using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>
/// Issue 19: a turn that runs on a state kept in memory reads nothing first, so the store's confirm and compare-and-set
/// are what keep several instances, expiry and erasure right.
/// </summary>
public abstract partial class ConversationStoreContract
{
    private TurnHandler InstanceWithMemory() =>
        new(Store, TestContent.Engine(), Time, deliveries: Ledger, cache: new ConversationCache(100, TimeSpan.FromMinutes(10), Time));

    [StoreFact]
    public async Task A_confirm_of_the_stored_version_records_its_delivery_once()
    {
        var key = NewKey();
        var state = NewState();
        Assert.True(await Store.TrySaveAsync(key, state, default));
        var delivery = NewDelivery();

        Assert.Equal(SaveOutcome.Saved, await Store.ConfirmAsync(key, state.Version, delivery, default));
        Assert.Equal(SaveOutcome.Replayed, await Store.ConfirmAsync(key, state.Version, delivery, default));
        Assert.Equal(SaveOutcome.Replayed, await Store.SaveAsync(key, state, delivery, default));
        Assert.Equal(SaveOutcome.Saved, await Store.ConfirmAsync(key, state.Version, null, default));
    }

    [StoreFact]
    public async Task A_confirm_of_an_older_version_fails_and_records_nothing()
    {
        var key = NewKey();
        var state = NewState();
        Assert.True(await Store.TrySaveAsync(key, state, default));
        Assert.True(await Store.TrySaveAsync(key, state, default));
        var delivery = NewDelivery();

        Assert.Equal(SaveOutcome.Conflict, await Store.ConfirmAsync(key, 1, delivery, default));
        Assert.Equal(SaveOutcome.Conflict, await Store.ConfirmAsync(key, 1, null, default));
        Assert.True(await Ledger.TryRecordAsync(key, delivery.Id, Window, default));
    }

    [StoreFact]
    public async Task A_confirm_fails_once_the_conversation_is_erased_or_expired()
    {
        var (erased, expiring) = (NewKey(), NewKey());
        var state = NewState();
        Assert.True(await Store.TrySaveAsync(erased, state, default));
        Assert.True(await Store.TrySaveAsync(expiring, NewState(), default));
        await Store.DeleteAllAsync(erased.Platform, erased.UserId, default);
        Assert.Equal(SaveOutcome.Conflict, await Store.ConfirmAsync(erased, 1, NewDelivery(), default));

        await LetTimePassAsync(Retention * 1.1);

        Assert.Equal(SaveOutcome.Conflict, await Store.ConfirmAsync(expiring, 1, NewDelivery(), default));
        Assert.Equal(SaveOutcome.Conflict, await Store.ConfirmAsync(expiring, 1, null, default));
    }

    [StoreFact]
    public async Task A_save_from_an_expired_conversations_version_does_not_bring_it_back()
    {
        var key = NewKey();
        var state = NewState();
        Assert.True(await Store.TrySaveAsync(key, state, default));

        await LetTimePassAsync(Retention * 1.1);

        Assert.False(await Store.TrySaveAsync(key, state, default));
        Assert.Null(await Store.LoadAsync(key, default));
    }

    [StoreFact]
    public async Task Two_instances_with_memory_each_answer_on_what_the_other_saved()
    {
        var key = NewKey();
        var (first, second) = (InstanceWithMemory(), InstanceWithMemory());
        await first.HandleAsync(key, UserInput.Start(), default);
        await second.HandleAsync(key, UserInput.Text("usmle"), default);

        var score = await first.HandleAsync(key, UserInput.Text("250") with { Delivery = NewDelivery() }, default);
        var failures = await second.HandleAsync(key, UserInput.Text("0") with { Delivery = NewDelivery() }, default);

        Assert.Equal(Step.ExamFailures, Assert.IsType<QuestionView>(score.View).Prompt.Step);
        Assert.Equal(Step.UsClinicalExperiences, Assert.IsType<QuestionView>(failures.View).Prompt.Step);
        var saved = (await Store.LoadAsync(key, default))!;
        Assert.Equal((ExamKind.Usmle, 250, 0), (saved.Answers.Exam, saved.Answers.Step2Score, saved.Answers.ExamFailures));
    }

    [StoreFact]
    public async Task Answers_erased_through_one_instance_are_not_shown_by_another_from_memory()
    {
        var key = NewKey();
        var (first, second) = (InstanceWithMemory(), InstanceWithMemory());
        var last = await first.HandleAsync(key, UserInput.Start(), default);
        foreach (var answer in StudentAnswers.MidRangeDualApply.TypedAndConfirmed)
        {
            last = await first.HandleAsync(key, UserInput.Text(answer), default);
        }

        Assert.IsType<ResultView>(last.View);
        await second.HandleAsync(key, UserInput.Command(InputKind.Forget), default);

        var shown = await first.HandleAsync(key, UserInput.Command(InputKind.ShowResult, last.SessionId, last.Turn) with { Delivery = NewDelivery() }, default);

        Assert.IsNotType<ResultView>(shown.View);
        Assert.True((await Store.LoadAsync(key, default))?.Answers.IsEmpty ?? true);
    }
}
