using System.Globalization;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>Applies one input to a conversation and says what to show next. Pure: no I/O, no clock.</summary>
public sealed class ConversationEngine
{
    private readonly QuestionTable _table;
    private readonly PromptFactory _prompts;
    private readonly AnswerApplier _answers;
    private readonly AdviceComposer _composer;
    private readonly Func<string> _newSessionId;

    public ConversationEngine(AdvisorContent content, Func<string>? newSessionId = null)
    {
        _table = content.Questions.Table;
        _prompts = new PromptFactory(content.Questions);
        _answers = new AnswerApplier(content.Questions);
        _composer = new AdviceComposer(content.Guidance);
        _newSessionId = newSessionId ?? SessionIds.New;
    }

    public string NewSessionId() => _newSessionId();

    /// <summary>The questions this engine asks.</summary>
    public QuestionTable Table => _table;

    public TurnResult Apply(ConversationState state, UserInput input)
    {
        if (input.Kind == InputKind.Forget)
        {
            return Erase(state);
        }

        if (input.IsPinned && (input.SessionId != state.SessionId || input.Turn != state.Turn))
        {
            var notice = input.SessionId == state.SessionId && input.Turn == state.Turn - 1 && input.Kind == InputKind.Answer
                ? NoticeTexts.AlreadyRecorded
                : NoticeTexts.OutOfDate;
            return Result(state, [notice], changed: false);
        }

        var notices = new List<Notice>();
        if (state.Paused && input.Kind != InputKind.Pause)
        {
            state.Paused = false;
            notices.Add(NoticeTexts.Resumed(Where(state)));
            if (input.Kind is InputKind.Start or InputKind.Text)
            {
                return Result(state, notices, changed: true);
            }
        }

        return input.Kind == InputKind.Text ? ApplyText(state, input.Values[0], notices) : ApplyCommand(state, input, notices);
    }

    /// <summary>The view for where the conversation stands, with no change.</summary>
    public Reply Current(ConversationState state, IReadOnlyList<Notice> notices) =>
        new(state.SessionId, state.Turn, notices, View(state, Machine(state)));

    /// <summary>The question the state is on, as the student sees it now; null on the summary or the result.</summary>
    public Prompt? CurrentPrompt(ConversationState state) =>
        _table.IsQuestion(state.Step) ? _prompts.Create(state.Step, state.Answers, Machine(state).CanGoBack) : null;

    private TurnResult ApplyCommand(ConversationState state, UserInput input, List<Notice> notices)
    {
        var machine = Machine(state);
        switch (input.Kind)
        {
            case InputKind.Start:
                if (state.Turn > 0 && state.Step != Step.Done && notices.Count == 0)
                {
                    notices.Add(NoticeTexts.Resumed(Where(state)));
                }

                return Result(state, notices, changed: false);
            case InputKind.Answer when state.Step == Step.Done && input.Step == Step.BackupInterests:
                return PickBackup(state, input.Values.Count == 1 ? input.Values[0] : "", notices);
            case InputKind.Answer when input.Step is { } step && step != state.Step:
                return Result(state, [NoticeTexts.OutOfDate], changed: false);
            case InputKind.Answer when _table.IsQuestion(state.Step):
                return Answer(state, machine, input.Values, notices);
            case InputKind.Back when machine.CanGoBack:
                machine.Back();
                return Changed(state, notices);
            case InputKind.Back:
                notices.Add(NoticeTexts.FirstQuestion);
                return Result(state, notices, changed: false);
            case InputKind.Restart:
                var hadAnswers = !state.Answers.IsEmpty;
                state.Answers = new Answers();
                state.Editing = false;
                state.SessionId = _newSessionId();
                machine.Restart();
                notices.Add(hadAnswers ? NoticeTexts.Restarted : NoticeTexts.RestartedFromNothing);
                return Changed(state, notices);
            case InputKind.Pause:
                // No new turn: the paused question's buttons stay valid and resume it.
                state.Paused = true;
                return new TurnResult(new Reply(state.SessionId, state.Turn, [NoticeTexts.Paused], new PausedView()), true, false);
            case InputKind.Edit when input.Step is { } target && machine.CanEdit(target):
                machine.Edit(target);
                return Changed(state, notices);
            case InputKind.Confirm when machine.CanConfirm:
                machine.Confirm();
                return Changed(state, notices);
            case InputKind.Section when state.Step == Step.Done:
                return ShowSection(state, input.Section, notices);
            case InputKind.ShowResult when state.Step == Step.Done:
                return Result(state, notices, changed: false);
            default:
                notices.Add(state.Step == Step.Done ? NoticeTexts.OutOfDate : NoticeTexts.NotYet);
                return Result(state, notices, changed: false);
        }
    }

    private TurnResult ApplyText(ConversationState state, string text, List<Notice> notices)
    {
        if (TextCommands.IsHelp(text))
        {
            notices.Add(NoticeTexts.Help);
            return Result(state, notices, changed: false);
        }

        if (TextCommands.Match(text) is { } kind)
        {
            return kind == InputKind.Forget ? Erase(state) : ApplyCommand(state, UserInput.Command(kind), notices);
        }

        var word = TextCommands.Normalize(text);
        var number = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        if (state.Step == Step.Summary)
        {
            return SummaryText(state, word, number, notices);
        }

        if (state.Step == Step.Done)
        {
            if (number >= 1 && number <= GuidanceSectionIds.All.Count)
            {
                return ShowSection(state, GuidanceSectionIds.All[number - 1], notices);
            }

            if (SpecialtyIds.TryParseName(word, out var named) && Report(state).BackupToPrepare.Contains(named))
            {
                return Picked(state, named, notices);
            }

            notices.Add(NoticeTexts.Invalid($"Type a number from 1 to {GuidanceSectionIds.All.Count} to open a section, or restart to start over."));
            return Result(state, notices, changed: false);
        }

        return Answer(state, Machine(state), [text], notices);
    }

    private TurnResult SummaryText(ConversationState state, string word, int number, List<Notice> notices)
    {
        if (number == 0 || word.Equals("confirm", StringComparison.OrdinalIgnoreCase) || word.Equals("ok", StringComparison.OrdinalIgnoreCase))
        {
            return ApplyCommand(state, UserInput.Command(InputKind.Confirm), notices);
        }

        if (number >= 1 && SummaryLines(state) is var lines && number <= lines.Count)
        {
            return ApplyCommand(state, UserInput.Edit(lines[number - 1].Step), notices);
        }

        notices.Add(NoticeTexts.Invalid("Type 0 to see your recommendation, or the number of an answer to change it."));
        return Result(state, notices, changed: false);
    }

    /// <summary>
    /// A student who named no backup interest picks the backup the guidance should prepare them for: it becomes their
    /// stated interest, so the samples may then speak of it in their name.
    /// </summary>
    private TurnResult PickBackup(ConversationState state, string specialtyId, List<Notice> notices) =>
        SpecialtyIds.TryParse(specialtyId, out var chosen) && Report(state).BackupToPrepare.Contains(chosen)
            ? Picked(state, chosen, notices)
            : Result(state, [NoticeTexts.OutOfDate], changed: false);

    private TurnResult Picked(ConversationState state, SpecialtyId chosen, List<Notice> notices)
    {
        state.Answers.BackupInterests = [chosen];
        state.Turn++;
        return Result(state, notices, changed: true);
    }

    /// <summary>Forgetting works from any message, even an out-of-date one: the student asked, so erase.</summary>
    private static TurnResult Erase(ConversationState state) =>
        new(new Reply(state.SessionId, state.Turn, [NoticeTexts.Erased], new ErasedView()), false, true);

    private TurnResult Answer(ConversationState state, QuestionnaireMachine machine, IReadOnlyList<string> values, List<Notice> notices)
    {
        if (_answers.TryApply(state.Step, state.Answers, values) is { } error)
        {
            notices.Add(NoticeTexts.Invalid(error));
            return Result(state, notices, changed: false);
        }

        machine.Next();
        return Changed(state, notices);
    }

    private TurnResult ShowSection(ConversationState state, string? sectionId, List<Notice> notices)
    {
        var report = Report(state);
        if (sectionId is null || report.Section(sectionId) is not { } section)
        {
            notices.Add(NoticeTexts.OutOfDate);
            return Result(state, notices, changed: false);
        }

        return new TurnResult(new Reply(state.SessionId, state.Turn, notices, new SectionView(section, report)), false, false);
    }

    private TurnResult Changed(ConversationState state, List<Notice> notices)
    {
        if (state.Step == Step.Summary)
        {
            state.Editing = false;
        }

        state.Turn++;
        return Result(state, notices, changed: true);
    }

    private TurnResult Result(ConversationState state, IReadOnlyList<Notice> notices, bool changed) =>
        new(Current(state, notices), changed, false);

    /// <summary>A machine for this turn only, built around the stored state: nothing about it outlives the turn.</summary>
    private QuestionnaireMachine Machine(ConversationState state) => new(state, _table);

    private ReplyView View(ConversationState state, QuestionnaireMachine machine) => state.Step switch
    {
        _ when state.Paused => new PausedView(),
        var step when step == Step.Summary => new SummaryView(SummaryLines(state)),
        var step when step == Step.Done => new ResultView(Report(state)),
        _ => new QuestionView(_prompts.Create(state.Step, state.Answers, machine.CanGoBack)),
    };

    private AdviceReport Report(ConversationState state) =>
        _composer.Compose(StudentProfile.From(state.Answers)
            ?? throw new InvalidOperationException("A finished conversation must have every answer."));

    private List<SummaryLine> SummaryLines(ConversationState state) =>
    [
        .. _table.Steps
            .Where(s => _table.Applies(s, state.Answers) && state.Answers.IsAnswered(s))
            .Select(s => new SummaryLine(s, s.Id(), _prompts.Catalog.TextFor(s).Title, AnswerFormatter.Display(s, state.Answers, _prompts.Catalog))),
    ];

    private string Where(ConversationState state) => state.Step switch
    {
        var step when step == Step.Summary => "the summary of your answers",
        var step when step == Step.Done => "your recommendation",
        _ => $"question {_table.Position(state.Step, state.Answers).Label}",
    };
}
