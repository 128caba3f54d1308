using System.Text.Json;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Host.Cli;

/// <summary>
/// Reads the answers file of <c>advise --answers</c>: one field per question of the table (its id in camelCase), every
/// field required, every value checked by the question's own rules, each problem named.
/// </summary>
internal static class AnswersFileReader
{
    /// <summary>The profile of the standard questions, or null with the problems found.</summary>
    public static StudentProfile? Read(string json, List<string> problems) =>
        Read(json, QuestionTable.Standard, problems) is { } answers ? StudentProfile.From(answers) : null;

    /// <summary>The answers to <paramref name="table"/>'s questions, or null with the problems found.</summary>
    public static Answers? Read(string json, QuestionTable table, List<string> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            problems.Add($"the answers file is not valid JSON ({Printable.Of(ex.Message, 200)})");
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add("the answers file must be a JSON object with the fields listed in the README");
                return null;
            }

            return Read(document.RootElement, table, problems);
        }
    }

    private static Answers? Read(JsonElement root, QuestionTable table, List<string> problems)
    {
        var fields = table.Questions.Select(q => q.FieldName).ToArray();
        foreach (var property in root.EnumerateObject())
        {
            if (!fields.Contains(property.Name))
            {
                problems.Add($"unknown field '{Printable.Of(property.Name)}'; allowed: {string.Join(", ", fields)}");
            }
        }

        // In table order, so a range that depends on an earlier answer (the score on the exam) reads it.
        var reader = new FieldReader(root, problems);
        var answers = new Answers();
        foreach (var question in table.Questions)
        {
            // A question the earlier answers make irrelevant may be left out; given anyway, it is checked and then dropped.
            var applies = question.Applies(answers);
            if (!applies && !root.TryGetProperty(question.FieldName, out _))
            {
                continue;
            }

            var value = reader.Read(question, answers);
            answers[question.Step] = applies ? value : null;
        }

        foreach (var multi in table.Questions.OfType<MultiChoiceQuestion>())
        {
            if (multi.ExcludesChosenIn is { } other && answers[other] is { } chosen && answers[multi.Step] is { } excluded)
            {
                foreach (var both in chosen.Ids.Intersect(excluded.Ids))
                {
                    problems.Add($"'{both}' is in both {table[other].FieldName} and {multi.FieldName}; keep it in one");
                }
            }
        }

        return problems.Count == 0 ? answers : null;
    }
}
