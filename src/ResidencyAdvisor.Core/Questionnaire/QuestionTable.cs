namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>
/// The questions in the order they are asked, and the flow through them: which apply, what comes next or before.
/// Every part that knows about questions (prompts, answers, summary, storage, the answers file) reads it.
/// </summary>
public sealed class QuestionTable
{
    private readonly Dictionary<Step, int> _index = [];
    private readonly Lazy<QuestionnaireMachine> _machine;

    public QuestionTable(IEnumerable<Question> questions)
    {
        _machine = new(() => new QuestionnaireMachine(this));
        Questions = [.. questions];
        if (Questions.Count == 0)
        {
            throw new ArgumentException("A questionnaire needs at least one question.", nameof(questions));
        }

        for (var i = 0; i < Questions.Count; i++)
        {
            if (!_index.TryAdd(Questions[i].Step, i))
            {
                throw new ArgumentException($"Question '{Questions[i].Step}' is listed twice.", nameof(questions));
            }
        }

        if (Questions.GroupBy(q => q.SavedName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new ArgumentException($"Saved name '{clash.Key}' is used twice.", nameof(questions));
        }
    }

    /// <summary>The questions this release asks.</summary>
    public static QuestionTable Standard { get; } = new(StandardQuestions.All);

    public IReadOnlyList<Question> Questions { get; }

    /// <summary>The flow through these questions as a state machine, configured once on first use and shared by every conversation.</summary>
    public QuestionnaireMachine Machine => _machine.Value;

    public IEnumerable<Step> Steps => Questions.Select(q => q.Step);

    public Step First => Questions[0].Step;

    public Question this[Step step] =>
        _index.TryGetValue(step, out var i) ? Questions[i] : throw new ArgumentOutOfRangeException(nameof(step), step, "Not a question.");

    public bool IsQuestion(Step step) => _index.ContainsKey(step);

    /// <summary>Reads a step this table knows: one of its questions, the summary or the result.</summary>
    public bool TryParse(string? id, out Step step) =>
        Step.TryParse(id, out step) && (IsQuestion(step) || step == Step.Summary || step == Step.Done);

    public bool Applies(Step step, Answers answers) => this[step].Applies(answers);

    /// <summary>The step after <paramref name="current"/>: the next applicable question, or the summary.</summary>
    public Step Next(Step current, Answers answers)
    {
        for (var i = IndexOf(current) + 1; i < Questions.Count; i++)
        {
            if (Questions[i].Applies(answers))
            {
                return Questions[i].Step;
            }
        }

        return Step.Summary;
    }

    /// <summary>The first applicable question still unanswered, or the summary when there is none.</summary>
    public Step FirstUnanswered(Answers answers) =>
        Questions.FirstOrDefault(q => q.Applies(answers) && !answers.IsAnswered(q.Step))?.Step ?? Step.Summary;

    /// <summary>The applicable question before <paramref name="current"/>; the summary goes back to the last one.</summary>
    public Step? Previous(Step current, Answers answers)
    {
        var start = IsQuestion(current) ? IndexOf(current) : Questions.Count;
        for (var i = start - 1; i >= 0; i--)
        {
            if (Questions[i].Applies(answers))
            {
                return Questions[i].Step;
            }
        }

        return null;
    }

    /// <summary>
    /// The progress of a question. Only questions asked of everyone are numbered and counted; a question asked only
    /// when an earlier answer calls for it (<see cref="Question.AppliesWhen"/>) is a follow-up lettered after the
    /// numbered question before it ("8a"). A student reads one total from the first question to the last: it does not
    /// grow when a follow-up appears, no number is skipped for a student who is not asked one, and a follow-up reads
    /// as part of the answer that led to it rather than as a question the total forgot.
    /// </summary>
    public QuestionPosition Position(Step step, Answers answers)
    {
        var at = IsQuestion(step) ? IndexOf(step) : Questions.Count;
        int number = 0, total = 0, followUp = 0;
        for (var i = 0; i < Questions.Count; i++)
        {
            var asked = Questions[i].AppliesWhen is null;
            if (asked)
            {
                total++;
            }

            if (i > at)
            {
                continue;
            }

            if (asked)
            {
                (number, followUp) = (total, 0);
            }
            else if (Questions[i].Applies(answers))
            {
                followUp++;
            }
        }

        // A table that opened with a follow-up would have nothing to letter it after; none does, but "1a" beats "0a".
        return new QuestionPosition(Math.Max(number, 1), total, followUp);
    }

    /// <summary>
    /// Records an answer and keeps the rest consistent (for <see cref="QuestionnaireMachine.Answer"/>, which moves on after it): answers it resets are cleared when it changed, answers to
    /// questions that no longer apply are dropped, and multi-choices keep only what they still offer.
    /// </summary>
    public void Record(Answers answers, Step step, AnswerValue value)
    {
        var question = this[step];
        if (!value.SameAs(answers[step]))
        {
            foreach (var reset in question.Resets)
            {
                answers[reset] = null;
            }
        }

        answers[step] = value;
        foreach (var other in Questions)
        {
            if (!other.Applies(answers))
            {
                answers[other.Step] = null;
            }
            else if (other is MultiChoiceQuestion multi && answers[other.Step] is { } chosen)
            {
                var offered = multi.OfferedChoiceIds(answers);
                if (!chosen.Ids.All(offered.Contains))
                {
                    answers[other.Step] = AnswerValue.Choices([.. chosen.Ids.Where(offered.Contains)]);
                }
            }
        }
    }

    private int IndexOf(Step step) => _index[step];
}
