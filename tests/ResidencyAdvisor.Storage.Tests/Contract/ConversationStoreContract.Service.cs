using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Storage.Tests.Fixtures;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>The contract seen by a student: whole turns through <see cref="TurnHandler"/> over the store.</summary>
public abstract partial class ConversationStoreContract
{
    protected TurnHandler Service(QuestionnaireMigrations? migrations = null) =>
        new(Store, TestContent.Engine(), Time, logger: null, migrations);

    [StoreFact]
    public async Task A_whole_conversation_is_saved_after_every_answer_and_ends_in_a_recommendation()
    {
        var key = NewKey();
        await Service().HandleAsync(key, UserInput.Start(), default);
        Reply reply = null!;
        var turn = 0;
        foreach (var text in StudentAnswers.MidRangeDualApply.TypedAndConfirmed)
        {
            // A new service each turn: only what the store kept carries the conversation on.
            reply = await Service().HandleAsync(key, UserInput.Text(text), default);
            Assert.DoesNotContain(reply.Notices, n => n.Kind is NoticeKind.InvalidAnswer or NoticeKind.TryAgainShortly);
            Assert.Equal(++turn, (await Store.LoadAsync(key, default))!.Turn);
        }

        var result = Assert.IsType<ResultView>(reply.View);
        Assert.Contains("internal medicine", result.Report.AreYouDualApplying);
        Assert.Equal(Step.Done, (await Store.LoadAsync(key, default))!.Step);
    }

    [StoreFact]
    public async Task Forget_erases_the_students_answers_at_once_and_says_so()
    {
        var key = NewKey();
        var service = Service();
        await service.HandleAsync(key, UserInput.Start(), default);
        await service.HandleAsync(key, UserInput.Text("usmle"), default);

        // The "Forget my answers" button; it works from any message, so it carries no session or turn.
        var reply = await service.HandleAsync(key, UserInput.Command(InputKind.Forget), default);

        Assert.IsType<ErasedView>(reply.View);
        Assert.True(reply.Has(NoticeKind.Erased));
        Assert.Null(await Store.LoadAsync(key, default));
        var again = Assert.IsType<QuestionView>((await service.HandleAsync(key, UserInput.Start(), default)).View);
        Assert.Equal((Step.Exam, null), (again.Prompt.Step, again.Prompt.CurrentAnswer));
    }

    [StoreFact]
    public async Task A_conversation_saved_by_an_older_questionnaire_is_migrated_and_continues()
    {
        var key = NewKey();
        var old = NewState();
        old.QuestionnaireVersion = ConversationState.CurrentQuestionnaireVersion - 1;
        old.Step = Step.Step2Score;
        old.Turn = 1;
        old.Answers = new Answers { Exam = ExamKind.Usmle };
        Assert.True(await Store.TrySaveAsync(key, old, default));
        var migrations = new QuestionnaireMigrations().Add(old.QuestionnaireVersion, _ => { });

        var reply = await Service(migrations).HandleAsync(key, UserInput.Text("241"), default);

        Assert.DoesNotContain(reply.Notices, n => n.Kind is NoticeKind.QuestionnaireChanged or NoticeKind.ConversationLost);
        Assert.Equal(Step.ExamFailures, Assert.IsType<QuestionView>(reply.View).Prompt.Step);
        var saved = (await Store.LoadAsync(key, default))!;
        Assert.Equal((ConversationState.CurrentQuestionnaireVersion, 241), (saved.QuestionnaireVersion, saved.Answers.Step2Score));
    }

    [StoreFact]
    public async Task A_conversation_that_cannot_be_migrated_restarts_with_a_friendly_notice()
    {
        var key = NewKey();
        var old = NewState();
        old.QuestionnaireVersion = 0; // no release registered a migration from 0 (version 1 has one, to 2)
        old.Step = Step.Step2Score;
        old.Answers = new Answers { Exam = ExamKind.Usmle };
        Assert.True(await Store.TrySaveAsync(key, old, default));

        var reply = await Service().HandleAsync(key, UserInput.Start(), default);

        Assert.True(reply.Has(NoticeKind.QuestionnaireChanged));
        Assert.Equal(Step.Exam, Assert.IsType<QuestionView>(reply.View).Prompt.Step);
        var saved = (await Store.LoadAsync(key, default))!;
        Assert.Equal((ConversationState.CurrentQuestionnaireVersion, (ExamKind?)null), (saved.QuestionnaireVersion, saved.Answers.Exam));
    }

    [StoreFact]
    public async Task A_corrupt_value_restarts_that_student_and_leaves_everyone_else_alone()
    {
        var service = Service();
        var other = NewKey();
        await service.HandleAsync(other, UserInput.Start(), default);
        await service.HandleAsync(other, UserInput.Text("usmle"), default);
        var broken = NewKey();
        await PutRawAsync(broken, "{\"qv\":1,\"sid\":\"x\",\"step\":"u8.ToArray());

        var reply = await service.HandleAsync(broken, UserInput.Answer(Step.Exam, ["usmle"], "x", 0), default);

        Assert.True(reply.Has(NoticeKind.ConversationLost));
        Assert.Equal(Step.Exam, Assert.IsType<QuestionView>(reply.View).Prompt.Step);
        Assert.NotNull(await Store.LoadAsync(broken, default));
        var otherReply = await service.HandleAsync(other, UserInput.Text("241"), default);
        Assert.Empty(otherReply.Notices);
        Assert.Equal(Step.ExamFailures, Assert.IsType<QuestionView>(otherReply.View).Prompt.Step);
    }

    [StoreFact]
    public async Task Of_many_concurrent_answers_to_one_question_through_two_services_exactly_one_is_recorded()
    {
        var key = NewKey();
        var services = new[] { Service(), Service() };
        var first = await services[0].HandleAsync(key, UserInput.Start(), default);
        var question = Assert.IsType<QuestionView>(first.View).Prompt;

        var replies = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() =>
            services[i % 2].HandleAsync(key, UserInput.Answer(question.Step, [i % 3 == 0 ? "comlex" : "usmle"], first.SessionId, first.Turn), default))));

        var recorded = Assert.Single(replies, r => !r.IsStale);
        Assert.All(replies.Where(r => r != recorded), r => Assert.True(r.Has(NoticeKind.AlreadyRecorded) || r.Has(NoticeKind.OutOfDate)));
        var saved = (await Store.LoadAsync(key, default))!;
        Assert.Equal((first.Turn + 1, Step.Step2Score), (saved.Turn, saved.Step));
    }
}
