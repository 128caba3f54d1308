using System.Globalization;

namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>
/// Reads what the student sent for a question into an answer, or explains what is allowed. Records nothing: the
/// questionnaire machine records the answer as it moves on.
/// </summary>
public sealed class AnswerParser(QuestionCatalog catalog)
{
    private static readonly string[] NoneWords = ["none", "0", "no", "none of these", "nothing", "-"];
    private static readonly string[] YesWords = ["y", "yes", "yeah", "yep", "true"];
    private static readonly string[] NoWords = ["n", "no", "nope", "false"];

    private QuestionTable Table => catalog.Table;

    public ParsedAnswer Parse(Step step, Answers answers, IReadOnlyList<string> values)
    {
        var cleaned = IsClean(values) ? values : [.. values.Select(v => v.Trim()).Where(v => v.Length > 0)];
        var question = Table[step];
        var (value, problem) = question switch
        {
            NumberQuestion number => ReadNumber(number, answers, cleaned),
            MultiChoiceQuestion multi => ReadMulti(multi, answers, cleaned),
            _ => ReadSingle(question, answers, cleaned),
        };

        return value is not null ? ParsedAnswer.Of(value) : ParsedAnswer.Refused(problem!);
    }

    private (AnswerValue?, string?) ReadNumber(NumberQuestion question, Answers answers, IReadOnlyList<string> values)
    {
        var raw = values.Count == 1 ? values[0] : "";
        var shortcutLabel = question.Shortcut is { } shortcut ? catalog.Label(question.Step, shortcut) : null;
        if (question.Shortcut is not null
            && (raw == question.Shortcut || Matches(raw, question.ShortcutWords) || Matches(raw, [shortcutLabel!])))
        {
            return (AnswerValue.Choice(question.Shortcut), null);
        }

        if (question.OrMoreFrom is { } open && IsOrMore(raw, open))
        {
            return (AnswerValue.AtLeast(open), null);
        }

        return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && question.Range(answers).Contains(n)
            ? (AnswerValue.Of(n), null)
            : (null, question.Problem(answers, shortcutLabel));
    }

    /// <summary>The pick's id, its label ("3 or more") or the short "3+".</summary>
    private static bool IsOrMore(string raw, int open) =>
        Matches(raw, [AnswerValue.OrMore, NumberQuestion.OrMoreLabel(open), open.ToString(CultureInfo.InvariantCulture) + "+"]);

    private (AnswerValue?, string?) ReadSingle(Question question, Answers answers, IReadOnlyList<string> values)
    {
        var offered = question.OfferedChoiceIds(answers);
        var (id, notOffered) = values.Count == 1 ? Resolve(question, offered, answers, values[0]) : (null, null);
        return id is not null
            ? (AnswerValue.Choice(id), null)
            : (null, $"{notOffered}Please choose {Either(question.Step, offered)}.");
    }

    private (AnswerValue?, string?) ReadMulti(MultiChoiceQuestion question, Answers answers, IReadOnlyList<string> values)
    {
        var offered = question.OfferedChoiceIds(answers);
        var parts = values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var chosen = new List<string>();
        if (!(parts.Length == 0 || (parts.Length == 1 && Matches(parts[0], NoneWords))))
        {
            foreach (var part in parts)
            {
                var (id, notOffered) = Resolve(question, offered, answers, part);
                if (id is null)
                {
                    var start = notOffered ?? $"I didn't recognise \"{Shorten(part)}\". ";
                    return (null, offered.Count == 0
                        ? $"{start}Nothing else is left to choose here: type \"none\"."
                        : $"{start}Choose any of: {Quoted(question.Step, offered)} (separate them with commas), or \"none\".");
                }

                chosen.Add(id);
            }
        }

        return (question.Canonical(chosen), null);
    }

    /// <summary>
    /// The choice a typed number, id or label names, or why it is not offered now. A number counts in the question's
    /// full list, not in what is offered now, so a choice keeps its number when an earlier answer takes another away
    /// (the console shows that one as unavailable in its place).
    /// </summary>
    private (string? Id, string? NotOffered) Resolve(Question question, IReadOnlyList<string> offered, Answers answers, string raw)
    {
        var all = question.ChoiceIds;
        var named = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? (index >= 1 && index <= all.Count ? all[index - 1] : null)
            : all.FirstOrDefault(id => Same(raw, id) || Same(raw, catalog.Label(question.Step, id)));
        if (named is not null)
        {
            return offered.Contains(named)
                ? (named, null)
                : (null, $"{catalog.Label(question.Step, named)} is {catalog.NotOfferedBecause(question.Step, named, answers)}, so it is not offered here. ");
        }

        if (question is YesNoQuestion)
        {
            if (Matches(raw, YesWords))
            {
                return (YesNoQuestion.Yes, null);
            }

            if (Matches(raw, NoWords))
            {
                return (YesNoQuestion.No, null);
            }
        }

        return (null, null);
    }

    /// <summary>
    /// Every label in quotes: a label may hold a comma ("Yes, I can accept that risk") or an "or", and a bare list of
    /// such labels cannot be told apart.
    /// </summary>
    private string Quoted(Step step, IReadOnlyList<string> ids) => string.Join(", ", ids.Select(id => $"\"{catalog.Label(step, id)}\""));

    /// <summary>"A" or "B"; "A", "B" or "C".</summary>
    private string Either(Step step, IReadOnlyList<string> ids) => ids.Count <= 1
        ? Quoted(step, ids)
        : $"{Quoted(step, ids.Take(ids.Count - 1).ToArray())} or \"{catalog.Label(step, ids[^1])}\"";

    private static bool Matches(string raw, IEnumerable<string> candidates) => candidates.Any(c => Same(raw, c));

    private static bool Same(string raw, string candidate) =>
        raw.AsSpan().Trim().TrimEnd(".!").Equals(candidate, StringComparison.OrdinalIgnoreCase);

    private static bool IsClean(IReadOnlyList<string> values)
    {
        foreach (var value in values)
        {
            if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
