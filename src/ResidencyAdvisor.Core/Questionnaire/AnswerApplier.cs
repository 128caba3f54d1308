using System.Globalization;

namespace ResidencyAdvisor.Core.Questionnaire;

/// <summary>Reads what the student sent for a question and records it, or explains what is allowed.</summary>
public sealed class AnswerApplier(QuestionCatalog catalog)
{
    private static readonly string[] NoneWords = ["none", "0", "no", "none of these", "nothing", "-"];
    private static readonly string[] YesWords = ["y", "yes", "yeah", "yep", "true"];
    private static readonly string[] NoWords = ["n", "no", "nope", "false"];

    private QuestionTable Table => catalog.Table;

    /// <summary>Records the answer and returns null, or returns a message saying what is allowed.</summary>
    public string? TryApply(Step step, Answers answers, IReadOnlyList<string> values)
    {
        var cleaned = IsClean(values) ? values : [.. values.Select(v => v.Trim()).Where(v => v.Length > 0)];
        var question = Table[step];
        var (value, problem) = question switch
        {
            NumberQuestion number => ReadNumber(number, answers, cleaned),
            MultiChoiceQuestion multi => ReadMulti(multi, answers, cleaned),
            _ => ReadSingle(question, answers, cleaned),
        };

        if (value is null)
        {
            return problem;
        }

        Table.Record(answers, step, value);
        return null;
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
        return values.Count == 1 && Resolve(question, offered, values[0]) is { } id
            ? (AnswerValue.Choice(id), null)
            : (null, $"Please choose one of: {string.Join(", ", offered.Select(o => catalog.Label(question.Step, o)))}.");
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
                if (Resolve(question, offered, part) is not { } id)
                {
                    return (null, $"I didn't recognise \"{Shorten(part)}\". Choose any of: {string.Join(", ", offered.Select(o => catalog.Label(question.Step, o)))} (separate them with commas), or \"none\".");
                }

                chosen.Add(id);
            }
        }

        return (question.Canonical(chosen), null);
    }

    private string? Resolve(Question question, IReadOnlyList<string> offered, string raw)
    {
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index >= 1 && index <= offered.Count)
        {
            return offered[index - 1];
        }

        foreach (var id in offered)
        {
            if (Same(raw, id) || Same(raw, catalog.Label(question.Step, id)))
            {
                return id;
            }
        }

        if (question is YesNoQuestion)
        {
            if (Matches(raw, YesWords))
            {
                return YesNoQuestion.Yes;
            }

            if (Matches(raw, NoWords))
            {
                return YesNoQuestion.No;
            }
        }

        return null;
    }

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
