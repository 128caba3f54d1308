using ResidencyAdvisor.Core.Conversations;
using Stateless;

namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>
/// The questionnaire's state machine. Only <see cref="ConversationState"/> is stored; the machine is rebuilt
/// per turn around it through Stateless's external state accessor, configuring just the current step.
/// </summary>
public sealed class QuestionnaireMachine
{
    private readonly ConversationState _state;
    private readonly StateMachine<Step, QuestionnaireTrigger> _machine;
    private readonly StateMachine<Step, QuestionnaireTrigger>.TriggerWithParameters<Step> _edit;

    public QuestionnaireMachine(ConversationState state)
    {
        _state = state;
        _machine = new StateMachine<Step, QuestionnaireTrigger>(() => state.Step, step => state.Step = step);
        _edit = _machine.SetTriggerParameters<Step>(QuestionnaireTrigger.Edit);
        Configure(state.Step);
    }

    public Step Step => _state.Step;

    public bool CanGoBack => _machine.CanFire(QuestionnaireTrigger.Back);

    /// <summary>Moves on after the current question was answered.</summary>
    public void Next() => _machine.Fire(QuestionnaireTrigger.Next);

    public void Back() => _machine.Fire(QuestionnaireTrigger.Back);

    /// <summary>Goes to the first question; the caller clears the answers.</summary>
    public void Restart() => _machine.Fire(QuestionnaireTrigger.Restart);

    public bool CanEdit(Step step) =>
        QuestionFlow.IsQuestion(step) && QuestionFlow.Applies(step, _state.Answers) && _machine.CanFire(_edit, step);

    /// <summary>Opens one question from the summary; answering it returns to the summary.</summary>
    public void Edit(Step step) => _machine.Fire(_edit, step);

    public bool CanConfirm => _machine.CanFire(QuestionnaireTrigger.Confirm);

    public void Confirm() => _machine.Fire(QuestionnaireTrigger.Confirm);

    private void Configure(Step current)
    {
        var answers = _state.Answers;
        var config = _machine.Configure(current)
            .PermitDynamic(QuestionnaireTrigger.Restart, () => QuestionFlow.First);
        if (QuestionFlow.IsQuestion(current))
        {
            config
                .PermitDynamic(QuestionnaireTrigger.Next, () =>
                    _state.Editing ? QuestionFlow.FirstUnanswered(answers) : QuestionFlow.Next(current, answers))
                .PermitDynamicIf(QuestionnaireTrigger.Back,
                    () => _state.Editing ? Step.Summary : QuestionFlow.Previous(current, answers)!.Value,
                    () => _state.Editing || QuestionFlow.Previous(current, answers) is not null);
            return;
        }

        config.PermitDynamicIf(_edit, step => step, step => QuestionFlow.IsQuestion(step))
            .OnExit(t => _state.Editing = t.Trigger == QuestionnaireTrigger.Edit);
        if (current == Step.Summary)
        {
            config
                .PermitIf(QuestionnaireTrigger.Confirm, Step.Done, () => StudentProfile.From(answers) is not null)
                .PermitDynamicIf(QuestionnaireTrigger.Back, () => QuestionFlow.Previous(current, answers)!.Value,
                    () => QuestionFlow.Previous(current, answers) is not null);
        }
        else
        {
            config.Permit(QuestionnaireTrigger.Back, Step.Summary);
        }
    }
}
