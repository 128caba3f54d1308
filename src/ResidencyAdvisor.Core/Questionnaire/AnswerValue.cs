namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>
/// One recorded answer in its canonical form: a number, or choice ids (one for a single choice, yes/no or a number's
/// shortcut such as "not-taken"; any number for a multi-choice, in the question's order).
/// </summary>
public sealed record AnswerValue(int? Number, IReadOnlyList<string> Ids)
{
    public static AnswerValue Of(int number) => new(number, []);

    public static AnswerValue Choice(string id) => new(null, [id]);

    public static AnswerValue Choices(IReadOnlyList<string> ids) => new(null, ids);

    /// <summary>The single choice id, or null for a number or a multi-choice.</summary>
    public string? Id => Number is null && Ids.Count == 1 ? Ids[0] : null;

    public bool SameAs(AnswerValue? other) => other is not null && Number == other.Number && Ids.SequenceEqual(other.Ids);
}
