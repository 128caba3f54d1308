using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Tests.Questionnaire;

public class QuestionnaireMachineTests
{
    [Fact]
    public void A_step_configured_before_the_answers_are_replaced_follows_the_new_answers()
    {
        // Nine years out of school: the continuous-work question comes after the years question.
        var state = new ConversationState { Step = Step.YearsSinceGraduation, Answers = Complete(years: 9) };
        var machine = new QuestionnaireMachine(state, QuestionTable.Standard);
        Assert.False(machine.CanConfirm); // asking configures the current step

        // Replace the answers after the step is configured: one year out, the next question is geography.
        state.Answers = Complete(years: 1);
        machine.Next();

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
