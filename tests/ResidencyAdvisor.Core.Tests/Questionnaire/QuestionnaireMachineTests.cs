using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Tests.Conversations;

namespace ResidencyAdvisor.Core.Tests.Questionnaire;

public class QuestionnaireMachineTests
{
    [Fact]
    public void The_shared_machine_follows_the_answers_of_the_state_it_is_given()
    {
        // Nine years out of school: the continuous-work question comes after the years question.
        var state = new ConversationState { Step = Step.YearsSinceGraduation, Answers = Complete(years: 9) };
        var machine = QuestionTable.Standard.Machine;
        Assert.False(machine.CanConfirm(state));

        // Replace the answers: one year out, the next question is geography.
        state.Answers = Complete(years: 1);
        machine.Answer(state, AnswerValue.Of(1));

        Assert.Equal(Step.Geography, state.Step);
    }

    [Fact]
    public void Answering_the_years_question_drops_a_continuous_work_answer_that_no_longer_applies()
    {
        var answers = Complete(years: 9);
        Assert.True(answers.IsAnswered(Step.ContinuousClinicalWork));

        QuestionTable.Standard.Record(answers, Step.YearsSinceGraduation, AnswerValue.Of(1));

        Assert.False(answers.IsAnswered(Step.ContinuousClinicalWork));
    }

    [Fact]
    public async Task The_machine_is_configured_once_per_question_table_however_many_turns_run()
    {
        var table = new QuestionTable(StandardQuestions.All);
        var content = AdvisorContent.Load(Path.Combine(AppContext.BaseDirectory, "config"), table);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, QuestionnaireMachine.StepsConfigured(table));
        var service = new TurnHandler(new InMemoryConversationStore(time, TimeSpan.FromDays(1), table), new ConversationEngine(content), time);
        var everyStep = table.Questions.Count + 2;
        Assert.Equal(everyStep, QuestionnaireMachine.StepsConfigured(table));

        // Every move the machine makes: answers, back, edit from the summary, confirm, back from the result, restart.
        string[] script = ["start", .. StudentAnswers.MidRangeDualApply.Typed, "back", "none", "1", "usmle", "0", "back", "0", "restart", "usmle"];
        var turns = 0;
        foreach (var student in new[] { "student-1", "student-2", "student-3" })
        {
            foreach (var text in script)
            {
                var reply = await service.HandleAsync(new ConversationKey("test", "dm", student), UserInput.Text(text), default);
                Assert.False(reply.Has(NoticeKind.InvalidAnswer), text);
                turns++;
            }
        }

        Assert.Equal(3 * script.Length, turns);
        Assert.Equal(everyStep, QuestionnaireMachine.StepsConfigured(table));
        Assert.Same(table.Machine, table.Machine);
    }

    [Fact]
    public void One_machine_moves_many_conversations_at_once_without_mixing_them()
    {
        var machine = QuestionTable.Standard.Machine;
        Parallel.For(0, 4000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var years = i % 2 == 0 ? 9 : 1;
            var state = new ConversationState { Step = Step.YearsSinceGraduation, Answers = Complete(years) };
            machine.Answer(state, AnswerValue.Of(years));
            Assert.Equal(years >= 3 ? Step.ContinuousClinicalWork : Step.Geography, state.Step);
            machine.Back(state);
            Assert.Equal(Step.YearsSinceGraduation, state.Step);
        });
    }

    [Fact]
    public void A_step_outside_the_table_is_refused_before_the_shared_machine_sees_it()
    {
        var state = new ConversationState { Step = new Step("not-asked"), Answers = Complete(years: 1) };
        Assert.Throws<ArgumentException>(() => QuestionTable.Standard.Machine.Back(state));
    }

    private static Answers Complete(int years) => new()
    {
        Exam = ExamKind.Usmle,
        ScoreAnswered = true,
        Step2Score = 241,
        ExamFailures = 0,
        UsClinicalExperiences = 3,
        UsRadiologyExperience = true,
        RadiologyLetters = 1,
        Reapplicant = false,
        YearsSinceGraduation = years,
        ContinuousClinicalWork = years >= 3 ? false : null,
    };
}
