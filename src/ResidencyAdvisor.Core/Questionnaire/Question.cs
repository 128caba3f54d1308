namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>
/// The fixed rules of one question: its id, how it is answered, which choices it has, when it applies, and how its
/// answer is stored. The wording lives in config/questions.json under the same id.
/// </summary>
public abstract class Question
{
    protected Question(Step step, PromptKind kind, string savedName)
    {
        if (!step.IsQuestion)
        {
            throw new ArgumentException($"'{step}' cannot be a question.", nameof(step));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(savedName);
        Step = step;
        Kind = kind;
        SavedName = savedName;
    }

    public Step Step { get; }

    public PromptKind Kind { get; }

    /// <summary>The short property name of the answer in a saved conversation; never change it once released.</summary>
    public string SavedName { get; }

    /// <summary>The field of the <c>advise --answers</c> file: the id in camelCase ("step2-score" is "step2Score").</summary>
    public string FieldName => CamelCase(Step.Id());

    /// <summary>When the question is asked; always when null. An answer to a question that stops applying is dropped.</summary>
    public Func<Answers, bool>? AppliesWhen { get; init; }

    /// <summary>Questions whose answers mean nothing once this answer changes (a score after the exam changes).</summary>
    public IReadOnlyList<Step> Resets { get; init; } = [];

    /// <summary>Every choice id the question may show; the wording file must label each (yes/no have defaults).</summary>
    public virtual IReadOnlyList<string> ChoiceIds => [];

    public bool Applies(Answers answers) => AppliesWhen?.Invoke(answers) ?? true;

    /// <summary>The choices offered now, given the answers so far.</summary>
    public virtual IReadOnlyList<string> OfferedChoiceIds(Answers answers) => ChoiceIds;

    /// <summary>Whether a value is one this question can hold (used on values read back from storage or a file).</summary>
    public abstract bool Accepts(AnswerValue value, Answers answers);

    private static string CamelCase(string id)
    {
        var parts = id.Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
