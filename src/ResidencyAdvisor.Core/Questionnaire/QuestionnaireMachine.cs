using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Persistence;
using Stateless;

namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>
/// The questionnaire's state machine. Only <see cref="ConversationState"/> is stored; a machine is built for each turn
/// around it through Stateless's external state accessor, configuring just the steps the turn visits. Every guard and
/// destination reads the state live, so a step configured before the answers are replaced (a restart) still sees the new ones.
/// </summary>
public sealed class QuestionnaireMachine
{
    private readonly ConversationState _state;
    private readonly QuestionTable _table;
    private readonly StateMachine<Step, QuestionnaireTrigger> _machine;
    private readonly StateMachine<Step, QuestionnaireTrigger>.TriggerWithParameters<Step> _edit;
    private readonly HashSet<Step> _configured = [];

    public QuestionnaireMachine(ConversationState state, QuestionTable table)
    {
        _state = state;
        _table = table;
        _machine = new StateMachine<Step, QuestionnaireTrigger>(() => state.Step, step => state.Step = step, FiringMode.Immediate);
        _edit = _machine.SetTriggerParameters<Step>(QuestionnaireTrigger.Edit);
    }

    /// <summary>Whether Back is offered; the same rule the Back transition's guard uses, without configuring a step just to ask.</summary>
    public bool CanGoBack => BackTarget(_state.Step) is not null;

    /// <summary>Moves on after the current question was answered.</summary>
    public void Next() => Machine.Fire(QuestionnaireTrigger.Next);

    public void Back() => Machine.Fire(QuestionnaireTrigger.Back);

    /// <summary>Goes to the first question; the caller clears the answers.</summary>
    public void Restart() => Machine.Fire(QuestionnaireTrigger.Restart);

    public bool CanEdit(Step step) =>
        _table.IsQuestion(step) && _table.Applies(step, _state.Answers) && Machine.CanFire(_edit, step);

    /// <summary>Opens one question from the summary; answering it returns to the summary.</summary>
    public void Edit(Step step) => Machine.Fire(_edit, step);

    public bool CanConfirm => Machine.CanFire(QuestionnaireTrigger.Confirm);

    public void Confirm() => Machine.Fire(QuestionnaireTrigger.Confirm);

    /// <summary>The machine with the current step configured; steps are configured on first use, so a turn pays only for what it visits.</summary>
    private StateMachine<Step, QuestionnaireTrigger> Machine
    {
        get
        {
            if (_configured.Add(_state.Step))
            {
                Configure(_state.Step);
            }

            return _machine;
        }
    }

    private void Configure(Step current)
    {
        var config = _machine.Configure(current)
            .PermitDynamic(QuestionnaireTrigger.Restart, () => _table.First)
            .PermitDynamicIf(QuestionnaireTrigger.Back, () => BackTarget(current)!.Value, () => BackTarget(current) is not null);
        if (_table.IsQuestion(current))
        {
            config.PermitDynamic(QuestionnaireTrigger.Next, () =>
                _state.Editing ? _table.FirstUnanswered(_state.Answers) : _table.Next(current, _state.Answers));
            return;
        }

        config.PermitDynamicIf(_edit, step => step, _table.IsQuestion)
            .OnExit(t => _state.Editing = t.Trigger == QuestionnaireTrigger.Edit);
        if (current == Step.Summary)
        {
            config.PermitIf(QuestionnaireTrigger.Confirm, Step.Done, () => StudentProfile.From(_state.Answers) is not null);
        }
    }

    /// <summary>Where Back leads from a step, or null where nothing comes before it.</summary>
    private Step? BackTarget(Step current) => current switch
    {
        _ when current == Step.Done => Step.Summary,
        _ when _state.Editing && _table.IsQuestion(current) => Step.Summary,
        _ => _table.Previous(current, _state.Answers),
    };
}
