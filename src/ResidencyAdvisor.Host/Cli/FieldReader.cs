using System.Text.Json;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Host.Cli;

/// <summary>Reads one question's field from a JSON object by the question's kind, collecting one problem per bad field.</summary>
internal sealed class FieldReader(JsonElement root, List<string> problems)
{
    /// <summary>The answer the field holds, or null (with a problem) when it is missing or not allowed.</summary>
    public AnswerValue? Read(Question question, Answers answers) => question switch
    {
        NumberQuestion number => Number(number, answers),
        YesNoQuestion => Bool(question.FieldName),
        MultiChoiceQuestion multi => Ids(multi),
        _ => Choice(question.FieldName, question.ChoiceIds),
    };

    private AnswerValue? Choice(string name, IReadOnlyList<string> allowed)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && allowed.Contains(value.GetString()))
        {
            return AnswerValue.Choice(value.GetString()!);
        }

        Problem(name, value, "one of " + string.Join(", ", allowed.Select(a => $"\"{a}\"")));
        return null;
    }

    private AnswerValue? Number(NumberQuestion question, Answers answers)
    {
        var name = question.FieldName;
        if (Get(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Null && question.Shortcut is { } shortcut)
        {
            return AnswerValue.Choice(shortcut);
        }

        var range = question.FileRange(answers);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && range.Contains(n))
        {
            return AnswerValue.Of(n);
        }

        var expected = range.Max == int.MaxValue
            ? $"an integer of {range.Min} or more"
            : $"an integer from {range.Min} to {range.Max}";
        expected += question.FileRangeNote?.Invoke(answers) ?? "";
        if (question.Shortcut is not null && question.FileNullMeans is { } means)
        {
            expected += $", or null if {means}";
        }

        Problem(name, value, expected);
        return null;
    }

    private AnswerValue? Bool(string name)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return YesNoQuestion.From(value.GetBoolean());
        }

        Problem(name, value, "true or false");
        return null;
    }

    private AnswerValue? Ids(MultiChoiceQuestion question)
    {
        var name = question.FieldName;
        var allowed = string.Join(", ", question.ChoiceIds);
        if (Get(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(name, value, $"an array of {question.FileItemsName} ({allowed})");
            return null;
        }

        var chosen = new List<string>();
        var ok = true;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && question.ChoiceIds.Contains(item.GetString()))
            {
                chosen.Add(item.GetString()!);
            }
            else
            {
                Problem(name, item, $"{question.FileItemsName} from: {allowed}");
                ok = false;
            }
        }

        return ok ? question.Canonical(chosen) : null;
    }

    private JsonElement? Get(string name)
    {
        if (root.TryGetProperty(name, out var value))
        {
            return value;
        }

        problems.Add($"missing field '{name}'");
        return null;
    }

    private void Problem(string name, JsonElement value, string expected)
    {
        problems.Add($"'{name}' is {Printable.Of(value.GetRawText(), 40)}; allowed: {expected}");
    }
}
