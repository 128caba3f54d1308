namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>A question answered with exactly one of its choices.</summary>
public sealed class ChoiceQuestion : Question
{
    private readonly IReadOnlyList<string> _choiceIds;

    public ChoiceQuestion(Step step, string savedName, IReadOnlyList<string> choiceIds)
        : base(step, PromptKind.SingleChoice, savedName) => _choiceIds = choiceIds;

    public override IReadOnlyList<string> ChoiceIds => _choiceIds;

    public override bool Accepts(AnswerValue value, Answers answers) => value.Id is { } id && _choiceIds.Contains(id);
}
