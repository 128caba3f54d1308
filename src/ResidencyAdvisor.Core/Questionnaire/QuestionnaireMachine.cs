using System.Runtime.CompilerServices;
using Stateless;

namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>
/// The questionnaire's state machine and the one place a student's place in it changes: the step, the editing mark and
/// the answers recorded on the way. Configured once per question table, every step up front (as Stateless's BugTracker
/// does in its constructor), and shared by every conversation; each call names the <see cref="IQuestionnaireState"/> it
/// moves, which Stateless reaches through its external state accessor.
/// </summary>
/// <remarks>
/// Sharing one machine across threads is safe because, fired in immediate mode, Stateless only reads what was
/// configured and calls our guards, destinations and actions, which touch nothing but the state being moved. The one
/// write it would make, adding a state it was never told about, is ruled out by refusing such a step before firing.
/// A conversation still runs one turn at a time (the caller's lock); different conversations fire concurrently.
/// </remarks>
public sealed class QuestionnaireMachine
{
    // The accessor Stateless was built with cannot take an argument, so it reads the state this thread is firing for.
    // Every use is synchronous and restores the previous value, so nothing leaks between turns or threads.
    [ThreadStatic]
    private static IQuestionnaireState? t_firing;

    // Counted per table rather than per machine, so a machine built per turn would show up however it was built.
    private static readonly ConditionalWeakTable<QuestionTable, StrongBox<int>> Configured = new();

    private readonly QuestionTable _table;
    private readonly StateMachine<Step, QuestionnaireTrigger> _machine;
    private readonly StateMachine<Step, QuestionnaireTrigger>.TriggerWithParameters<Step> _edit;

    internal QuestionnaireMachine(QuestionTable table)
    {
        _table = table;
        // Stateless reads the state once while it is built, before any conversation fires: it is shown the first question.
        _machine = new StateMachine<Step, QuestionnaireTrigger>(
            () => t_firing?.Step ?? table.First, step => Firing.Step = step, FiringMode.Immediate);
        _edit = _machine.SetTriggerParameters<Step>(QuestionnaireTrigger.Edit);
        foreach (var step in table.Steps)
        {
            Configure(step).PermitDynamic(QuestionnaireTrigger.Next, () => Firing.Editing
                ? _table.FirstUnanswered(Firing.Answers)
                : _table.Next(step, Firing.Answers));
        }

        Configure(Step.Summary)
            .OnEntry(() => Firing.Editing = false)
            .PermitIf(QuestionnaireTrigger.Confirm, Step.Done, () => StudentProfile.From(Firing.Answers) is not null);
        Configure(Step.Done);
    }

    /// <summary>How many steps were ever configured for <paramref name="table"/>: each once, however many turns run.</summary>
    internal static int StepsConfigured(QuestionTable table) => Configured.TryGetValue(table, out var count) ? count.Value : 0;

    /// <summary>Whether Back is offered; the same rule the Back transition's guard uses.</summary>
    public bool CanGoBack(IQuestionnaireState state) => BackTarget(state, state.Step) is not null;

    /// <summary>Records an already parsed answer to the current question and moves on.</summary>
    public void Answer(IQuestionnaireState state, AnswerValue value)
    {
        _table.Record(state.Answers, state.Step, value);
        Fire(state, QuestionnaireTrigger.Next);
    }

    public void Back(IQuestionnaireState state) => Fire(state, QuestionnaireTrigger.Back);

    /// <summary>Clears every answer and goes to the first question.</summary>
    public void Restart(IQuestionnaireState state)
    {
        state.Answers = new Answers();
        state.Editing = false;
        Fire(state, QuestionnaireTrigger.Restart);
    }

    public bool CanEdit(IQuestionnaireState state, Step step)
    {
        if (!_table.IsQuestion(step) || !_table.Applies(step, state.Answers))
        {
            return false;
        }

        using var firing = Enter(state);
        return _machine.CanFire(_edit, step);
    }

    /// <summary>Opens one question from the summary or the result; answering it returns to the summary.</summary>
    public void Edit(IQuestionnaireState state, Step step)
    {
        using var firing = Enter(state);
        _machine.Fire(_edit, step);
    }

    public bool CanConfirm(IQuestionnaireState state)
    {
        using var firing = Enter(state);
        return _machine.CanFire(QuestionnaireTrigger.Confirm);
    }

    public void Confirm(IQuestionnaireState state) => Fire(state, QuestionnaireTrigger.Confirm);

    private static IQuestionnaireState Firing =>
        t_firing ?? throw new InvalidOperationException("The questionnaire machine was used outside a call that names a state.");

    private void Fire(IQuestionnaireState state, QuestionnaireTrigger trigger)
    {
        using var firing = Enter(state);
        _machine.Fire(trigger);
    }

    private FiringScope Enter(IQuestionnaireState state)
    {
        if (!_table.IsQuestion(state.Step) && state.Step != Step.Summary && state.Step != Step.Done)
        {
            throw new ArgumentException($"Step '{state.Step}' is not in this questionnaire.", nameof(state));
        }

        var previous = t_firing;
        t_firing = state;
        return new FiringScope(previous);
    }

    private StateMachine<Step, QuestionnaireTrigger>.StateConfiguration Configure(Step step)
    {
        Interlocked.Increment(ref Configured.GetValue(_table, static _ => new StrongBox<int>()).Value);
        var config = _machine.Configure(step)
            .PermitDynamic(QuestionnaireTrigger.Restart, () => _table.First)
            .PermitDynamicIf(QuestionnaireTrigger.Back, () => BackTarget(Firing, step)!.Value, () => BackTarget(Firing, step) is not null);
        if (!_table.IsQuestion(step))
        {
            // Leaving the summary or the result to change one answer is the only way into editing; any other way out ends it.
            config.PermitDynamicIf(_edit, target => target, _table.IsQuestion)
                .OnExit(t => Firing.Editing = t.Trigger == QuestionnaireTrigger.Edit);
        }

        return config;
    }

    /// <summary>Where Back leads from a step, or null where nothing comes before it.</summary>
    private Step? BackTarget(IQuestionnaireState state, Step current) => current switch
    {
        _ when current == Step.Done => Step.Summary,
        _ when state.Editing && _table.IsQuestion(current) => Step.Summary,
        _ => _table.Previous(current, state.Answers),
    };

    private readonly ref struct FiringScope(IQuestionnaireState? previous)
    {
        public void Dispose() => t_firing = previous;
    }
}
