using System.Globalization;

namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>A question answered with a whole number in a range, optionally with a shortcut such as "not taken yet".</summary>
public sealed class NumberQuestion : Question
{
    public NumberQuestion(Step step, string savedName, Func<Answers, NumberRange> range)
        : base(step, PromptKind.Number, savedName) => Range = range;

    /// <summary>The chat range: wide enough for any real student, narrow enough to catch a typo.</summary>
    public Func<Answers, NumberRange> Range { get; }

    /// <summary>The choice id that answers without a number ("not-taken"); a null number in an answers file.</summary>
    public string? Shortcut { get; init; }

    /// <summary>Typed words that mean the shortcut, besides its id and label.</summary>
    public IReadOnlyList<string> ShortcutWords { get; init; } = [];

    /// <summary>What the number is, for the re-ask message ("your USMLE Step 2 CK score"); a bare number when null.</summary>
    public Func<Answers, string>? Subject { get; init; }

    /// <summary>
    /// True where an answers file may carry any number from the minimum up: the chat's upper bound only catches typos,
    /// and a file written by an advisor may hold a real count above it.
    /// </summary>
    public bool OpenEndedInFiles { get; init; }

    /// <summary>What the range applies to in an answers file's problem ("for USMLE").</summary>
    public Func<Answers, string>? FileRangeNote { get; init; }

    /// <summary>What a null in an answers file means ("not taken yet"); only with a <see cref="Shortcut"/>.</summary>
    public string? FileNullMeans { get; init; }

    /// <summary>The property that marks the answer given in a saved conversation, for a number that may be absent.</summary>
    public string? SavedAnsweredName { get; init; }

    /// <summary>
    /// For a count the rules only read at thresholds: the quick picks are every whole number from the range's minimum up
    /// to one below this, then "this or more" (answered with <see cref="AnswerValue.OrMore"/>); null for no quick picks.
    /// Typing an exact number in the range always works too.
    /// </summary>
    public int? OrMoreFrom { get; init; }

    public override IReadOnlyList<string> ChoiceIds => Shortcut is null ? [] : [Shortcut];

    /// <summary>The quick picks offered now: exact counts as their digits, then <see cref="AnswerValue.OrMore"/>.</summary>
    public IReadOnlyList<Choice> Picks(Answers answers)
    {
        if (OrMoreFrom is not { } open)
        {
            return [];
        }

        var exact = Enumerable.Range(Range(answers).Min, Math.Max(0, open - Range(answers).Min))
            .Select(n => n.ToString(CultureInfo.InvariantCulture))
            .Select(id => new Choice(id, id));
        return [.. exact, new Choice(AnswerValue.OrMore, OrMoreLabel(open))];
    }

    /// <summary>How an "or more" answer reads: "3 or more".</summary>
    public static string OrMoreLabel(int from) => $"{from.ToString(CultureInfo.InvariantCulture)} or more";

    /// <summary>The range a number in an answers file must fall in.</summary>
    public NumberRange FileRange(Answers answers) =>
        OpenEndedInFiles ? new NumberRange(Range(answers).Min, int.MaxValue) : Range(answers);

    /// <summary>
    /// The one message for a number that is not allowed, naming the range, the shortcut's label and the "or more" pick:
    /// a student who tried "3 or more" in some other words needs to read that the pick exists.
    /// </summary>
    public string Problem(Answers answers, string? shortcutLabel)
    {
        var range = Range(answers);
        var subject = Subject is null ? "" : Subject(answers) + " as ";
        var shortcut = Shortcut is null || shortcutLabel is null ? "" : $", or choose \"{shortcutLabel}\"";
        var orMore = OrMoreFrom is { } open ? $", or \"{OrMoreLabel(open)}\"" : "";
        return $"Please enter {subject}a whole number from {range.Min} to {range.Max}{shortcut}{orMore}.";
    }

    public override bool Accepts(AnswerValue value, Answers answers) => value.Number is { } n
        ? n >= 0 && (value.Ids.Count == 0 || (value.IsOrMore && n == OrMoreFrom))
        : Shortcut is not null && value.Id == Shortcut;
}
