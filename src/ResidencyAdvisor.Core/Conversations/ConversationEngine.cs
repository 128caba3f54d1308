using System.Globalization;
using ResidencyAdvisor.Core.Conversations.Persistence;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>
/// Owns a turn: reads what the student asked for (the one place typed words, "forget me" included, become commands),
/// opens a new conversation, pauses and resumes, and asks the questionnaire machine to move. Pure: no I/O, no clock.
/// </summary>
public sealed partial class ConversationEngine
{
    private readonly QuestionTable _table;
    private readonly QuestionnaireMachine _machine;
    private readonly PromptFactory _prompts;
    private readonly AnswerParser _answers;
    private readonly AdviceComposer _composer;
    private readonly SeasonTasks _tasks;
    private readonly SeasonCalendar _calendar;
    private readonly Func<string> _newSessionId;
    private readonly NoticeTexts _notices;

    public ConversationEngine(AdvisorContent content, Func<string>? newSessionId = null)
    {
        _notices = new NoticeTexts(content.Notices);
        _table = content.Questions.Table;
        _machine = _table.Machine;
        _prompts = new PromptFactory(content.Questions);
        _answers = new AnswerParser(content.Questions);
        _composer = new AdviceComposer(content.Guidance);
        _tasks = new SeasonTasks(content.Guidance);
        _calendar = content.Calendar;
        _newSessionId = newSessionId ?? SessionIds.New;
    }

    public string NewSessionId() => _newSessionId();

    /// <summary>The notes around a reply, for the turn handler's own (erased, try again shortly, ...).</summary>
    internal NoticeTexts Notices => _notices;

    /// <summary>The questions this engine asks.</summary>
    public QuestionTable Table => _table;

    /// <summary>
    /// What the student asked for. Read before anything is loaded, so forgetting (typed or clicked) erases without
    /// reading a conversation that may be damaged or saved by a newer release.
    /// </summary>
    internal static ReadInput Read(UserInput input)
    {
        if (input.Kind != InputKind.Text)
        {
            return new ReadInput(input, input.Kind, IsHelp: false);
        }

        var text = input.Values[0];
        return TextCommands.IsHelp(text)
            ? new ReadInput(input, InputKind.Text, IsHelp: true)
            : new ReadInput(input, TextCommands.Match(text) ?? InputKind.Text, IsHelp: false);
    }

    /// <summary>Applies an input to a conversation that was already saved; forgetting is the caller's, as it erases.</summary>
    public TurnResult Apply(ConversationState state, UserInput input) => Apply(state, Read(input), isNew: false, state.UpdatedAt);

    /// <summary>Applies an input that <see cref="Read"/> found does not forget; <paramref name="isNew"/> when nothing was saved before.</summary>
    /// <param name="now">The time "what's next" is measured from; the engine reads no clock of its own.</param>
    internal TurnResult Apply(ConversationState state, ReadInput read, bool isNew, DateTimeOffset now)
    {
        if (read.Forgets)
        {
            throw new ArgumentException("Forgetting erases the conversation; there is nothing to apply it to.", nameof(read));
        }

        // A click from a conversation that no longer exists, or a first "hey there", just opens the new one rather
        // than being read as an answer to question 1.
        if (isNew && (read.Input.IsPinned || read.Typed))
        {
            read = Read(UserInput.Start());
        }

        var input = read.Input;
        if (input.IsPinned && (input.SessionId != state.SessionId || input.Turn != state.Turn))
        {
            var notice = input.SessionId == state.SessionId && input.Turn == state.Turn - 1 && input.Kind == InputKind.Answer
                ? _notices.AlreadyRecorded
                : _notices.OutOfDate;
            return Result(state, [notice], changed: false);
        }

        var notices = new List<Notice>();
        // Anything typed resumes a paused conversation, "pause" included; of the clicks only Pause keeps it paused.
        if (state.Paused && (read.Typed || read.Kind != InputKind.Pause))
        {
            state.Paused = false;
            notices.Add(_notices.Resumed(Where(state)));
            if (read.Typed || read.Kind == InputKind.Start)
            {
                return Result(state, notices, changed: true);
            }
        }

        if (read.IsHelp)
        {
            notices.Add(_notices.Help);
            return Result(state, notices, changed: false);
        }

        if (read.Kind == InputKind.Text && state.Step == Step.Done && SeasonText(TextCommands.Normalize(input.Values[0])) is { } season)
        {
            read = new ReadInput(season, season.Kind, IsHelp: false);
            input = season;
        }

        var command = read.Typed ? UserInput.Command(read.Kind) : input;
        if (IsSeason(read.Kind))
        {
            // Stopping reminders must work whatever the student did since turning them on (started over, say).
            if (state.Step != Step.Done && read.Kind != InputKind.RemindersOff)
            {
                notices.Add(_notices.NotYet);
                return Result(state, notices, changed: false);
            }

            return ApplySeason(state, command, notices, now);
        }

        return read.Kind == InputKind.Text
            ? ApplyText(state, input.Values[0], notices)
            : ApplyCommand(state, command, notices);
    }

    /// <summary>The view for where the conversation stands, with no change.</summary>
    public Reply Current(ConversationState state, IReadOnlyList<Notice> notices) =>
        new(state.SessionId, state.Turn, notices, View(state));

    /// <summary>The question the state is on, as the student sees it now; null on the summary or the result.</summary>
    public Prompt? CurrentPrompt(ConversationState state) =>
        _table.IsQuestion(state.Step) ? _prompts.Create(state.Step, state.Answers, _machine.CanGoBack(state)) : null;

    private TurnResult ApplyCommand(ConversationState state, UserInput input, List<Notice> notices)
    {
        switch (input.Kind)
        {
            case InputKind.Start:
                if (state.Turn > 0 && state.Step != Step.Done && notices.Count == 0)
                {
                    notices.Add(_notices.Resumed(Where(state)));
                }

                return Result(state, notices, changed: false);
            case InputKind.Answer when state.Step == Step.Done && input.Step == Step.BackupInterests:
                return PickBackup(state, input.Values.Count == 1 ? input.Values[0] : "", notices);
            case InputKind.Answer when input.Step is { } step && step != state.Step:
                return Result(state, [_notices.OutOfDate], changed: false);
            case InputKind.Answer when _table.IsQuestion(state.Step):
                return Answer(state, input.Values, notices);
            case InputKind.Back when _machine.CanGoBack(state):
                _machine.Back(state);
                return Changed(state, notices);
            case InputKind.Back:
                notices.Add(_notices.FirstQuestion);
                return Result(state, notices, changed: false);
            case InputKind.Restart:
                var hadAnswers = !state.Answers.IsEmpty;
                state.SessionId = _newSessionId();
                _machine.Restart(state);
                notices.Add(hadAnswers ? _notices.Restarted : _notices.RestartedFromNothing);
                return Changed(state, notices);
            case InputKind.Pause:
                // No new turn: the paused question's buttons stay valid and resume it.
                state.Paused = true;
                return new TurnResult(new Reply(state.SessionId, state.Turn, [_notices.Paused], new PausedView()), true);
            case InputKind.Edit when input.Step is { } target && _machine.CanEdit(state, target):
                _machine.Edit(state, target);
                return Changed(state, notices);
            case InputKind.Confirm when _machine.CanConfirm(state):
                _machine.Confirm(state);
                return Changed(state, notices);
            case InputKind.Section when state.Step == Step.Done:
                return ShowSection(state, input.Section, notices);
            case InputKind.ShowResult when state.Step == Step.Done:
                return Result(state, notices, changed: false);
            default:
                notices.Add(state.Step == Step.Done ? _notices.OutOfDate : _notices.NotYet);
                return Result(state, notices, changed: false);
        }
    }

    /// <summary>Typed words that name no command: an answer, or a number on the summary or the result.</summary>
    private TurnResult ApplyText(ConversationState state, string text, List<Notice> notices)
    {
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

            notices.Add(_notices.TypeSectionNumber(GuidanceSectionIds.All.Count));
            return Result(state, notices, changed: false);
        }

        return Answer(state, [text], notices);
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

        notices.Add(_notices.TypeSummaryNumber);
        return Result(state, notices, changed: false);
    }

    /// <summary>
    /// A student who named no backup interest picks the backup the guidance should prepare them for: it becomes their
    /// stated interest, so the samples may then speak of it in their name.
    /// </summary>
    private TurnResult PickBackup(ConversationState state, string specialtyId, List<Notice> notices) =>
        SpecialtyIds.TryParse(specialtyId, out var chosen) && Report(state).BackupToPrepare.Contains(chosen)
            ? Picked(state, chosen, notices)
            : Result(state, [_notices.OutOfDate], changed: false);

    private TurnResult Picked(ConversationState state, SpecialtyId chosen, List<Notice> notices)
    {
        state.Answers.BackupInterests = [chosen];
        state.Turn++;
        return Result(state, notices, changed: true);
    }

    private TurnResult Answer(ConversationState state, IReadOnlyList<string> values, List<Notice> notices)
    {
        var parsed = _answers.Parse(state.Step, state.Answers, values);
        if (parsed.Value is not { } value)
        {
            notices.Add(NoticeTexts.Invalid(parsed.Problem!));
            return Result(state, notices, changed: false);
        }

        _machine.Answer(state, value);
        return Changed(state, notices);
    }

    private TurnResult ShowSection(ConversationState state, string? sectionId, List<Notice> notices)
    {
        var report = Report(state);
        if (sectionId is null || report.Section(sectionId) is not { } section)
        {
            notices.Add(_notices.OutOfDate);
            return Result(state, notices, changed: false);
        }

        return new TurnResult(new Reply(state.SessionId, state.Turn, notices, new SectionView(section, report)), false);
    }

    private TurnResult Changed(ConversationState state, List<Notice> notices)
    {
        state.Turn++;
        return Result(state, notices, changed: true);
    }

    private TurnResult Result(ConversationState state, IReadOnlyList<Notice> notices, bool changed) =>
        new(Current(state, notices), changed);

    private ReplyView View(ConversationState state) => state.Step switch
    {
        _ when state.Paused => new PausedView(),
        var step when step == Step.Summary => new SummaryView(SummaryLines(state)),
        var step when step == Step.Done => new ResultView(Report(state)),
        _ => new QuestionView(_prompts.Create(state.Step, state.Answers, _machine.CanGoBack(state))),
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
        var step when step == Step.Summary => _notices.WhereSummary,
        var step when step == Step.Done => _notices.WhereResult,
        _ => _notices.WhereQuestion(_table.Position(state.Step, state.Answers).Label),
    };
}
