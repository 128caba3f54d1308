namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>What <see cref="AnswerParser"/> read: the answer to record, or the sentence saying what is allowed.</summary>
public readonly record struct ParsedAnswer(AnswerValue? Value, string? Problem)
{
    public static ParsedAnswer Of(AnswerValue value) => new(value, null);

    public static ParsedAnswer Refused(string problem) => new(null, problem);
}
