namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>A question answered with any number of its choices, none included.</summary>
public sealed class MultiChoiceQuestion : Question
{
    private readonly IReadOnlyList<string> _choiceIds;

    public MultiChoiceQuestion(Step step, string savedName, IReadOnlyList<string> choiceIds)
        : base(step, PromptKind.MultiChoice, savedName) => _choiceIds = choiceIds;

    public override IReadOnlyList<string> ChoiceIds => _choiceIds;

    /// <summary>An earlier question whose chosen ids are not offered here ("would not practice" leaves out the interests).</summary>
    public Step? ExcludesChosenIn { get; init; }

    /// <summary>What the ids are called in an answers file's problems ("specialty ids").</summary>
    public string FileItemsName { get; init; } = "ids";

    public override IReadOnlyList<string> OfferedChoiceIds(Answers answers) =>
        ExcludesChosenIn is { } other && answers[other] is { } chosen ? [.. _choiceIds.Where(id => !chosen.Ids.Contains(id))] : _choiceIds;

    /// <summary>The chosen ids in the question's order, each once, so the saved answer and the summary read the same every time.</summary>
    public AnswerValue Canonical(IEnumerable<string> ids)
    {
        var chosen = ids.ToHashSet(StringComparer.Ordinal);
        return AnswerValue.Choices([.. _choiceIds.Where(chosen.Contains)]);
    }

    public override bool Accepts(AnswerValue value, Answers answers) => value.Number is null && value.Ids.All(_choiceIds.Contains);
}
