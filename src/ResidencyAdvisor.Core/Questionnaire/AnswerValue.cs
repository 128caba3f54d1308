namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>
/// One recorded answer in its canonical form: a number (marked <see cref="OrMore"/> for a count's "3 or more"), or choice ids (one for a single choice, yes/no or a number's
/// shortcut such as "not-taken"; any number for a multi-choice, in the question's order).
/// </summary>
public sealed record AnswerValue(int? Number, IReadOnlyList<string> Ids)
{
    /// <summary>The id of a count's open-ended quick pick; with a number it means "that number or more".</summary>
    public const string OrMore = "or-more";

    public static AnswerValue Of(int number) => new(number, []);

    /// <summary>A count of at least <paramref name="number"/> (the quick pick "3 or more").</summary>
    public static AnswerValue AtLeast(int number) => new(number, [OrMore]);

    public static AnswerValue Choice(string id) => new(null, [id]);

    public static AnswerValue Choices(IReadOnlyList<string> ids) => new(null, ids);

    /// <summary>The single choice id, or null for a number or a multi-choice.</summary>
    public string? Id => Number is null && Ids.Count == 1 ? Ids[0] : null;

    /// <summary>True for "that number or more" rather than an exact number.</summary>
    public bool IsOrMore => Number is not null && Ids.Count == 1 && Ids[0] == OrMore;

    public bool SameAs(AnswerValue? other) => other is not null && Number == other.Number && Ids.SequenceEqual(other.Ids);
}
