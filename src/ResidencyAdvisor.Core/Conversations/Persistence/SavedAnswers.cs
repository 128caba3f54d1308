using System.Text.Json;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>
/// The stored form of the answers, written from the question table: a number as a number (with a flag when it may be
/// absent, and a mark for "or more"), a yes/no as true or false, a choice as its id, a multi-choice as an array of ids.
/// </summary>
internal static class SavedAnswers
{
    /// <summary>Writes each answered question's properties into the answers object <paramref name="writer"/> has open.</summary>
    public static void Write(Utf8JsonWriter writer, Answers answers, QuestionTable table)
    {
        foreach (var question in table.Questions)
        {
            if (answers[question.Step] is not { } value)
            {
                continue;
            }

            switch (question)
            {
                case NumberQuestion number:
                    if (number.SavedAnsweredName is { } flag)
                    {
                        writer.WriteBoolean(flag, true);
                    }

                    if (value.Number is { } n)
                    {
                        writer.WriteNumber(question.SavedName, n);
                    }

                    if (value.IsOrMore)
                    {
                        writer.WriteBoolean(OrMoreName(question), true);
                    }

                    break;
                case YesNoQuestion:
                    writer.WriteBoolean(question.SavedName, value.Id == YesNoQuestion.Yes);
                    break;
                case MultiChoiceQuestion:
                    writer.WriteStartArray(question.SavedName);
                    foreach (var id in value.Ids)
                    {
                        writer.WriteStringValue(id);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteString(question.SavedName, value.Id);
                    break;
            }
        }
    }

    /// <summary>Reads the answers back; throws <see cref="CorruptConversationException"/> for a value its question cannot hold.</summary>
    public static Answers Read(IReadOnlyDictionary<string, JsonElement>? saved, QuestionTable table)
    {
        var answers = new Answers();
        if (saved is null)
        {
            return answers;
        }

        foreach (var question in table.Questions)
        {
            if (Read(question, saved) is not { } value)
            {
                continue;
            }

            if (!question.Accepts(value, answers))
            {
                throw new CorruptConversationException($"The saved answer to '{question.Step}' is not one it allows.");
            }

            answers[question.Step] = value;
        }

        return answers;
    }

    /// <summary>
    /// Marks a count answered "3 or more" beside its number ("failOrMore": true); a release that does not know the mark reads
    /// the number alone, which the rules treat the same.
    /// </summary>
    private static string OrMoreName(Question question) => question.SavedName + "OrMore";

    private static AnswerValue? Read(Question question, IReadOnlyDictionary<string, JsonElement> saved)
    {
        var present = saved.TryGetValue(question.SavedName, out var element) && element.ValueKind != JsonValueKind.Null;
        try
        {
            switch (question)
            {
                case NumberQuestion { SavedAnsweredName: { } flag } number:
                    if (!saved.TryGetValue(flag, out var answered) || !answered.GetBoolean())
                    {
                        return null;
                    }

                    return present ? AnswerValue.Of(element.GetInt32()) : AnswerValue.Choice(number.Shortcut ?? "");
                case NumberQuestion:
                    if (!present)
                    {
                        return null;
                    }

                    return saved.TryGetValue(OrMoreName(question), out var orMore) && orMore.GetBoolean()
                        ? AnswerValue.AtLeast(element.GetInt32())
                        : AnswerValue.Of(element.GetInt32());
                case YesNoQuestion:
                    return present ? YesNoQuestion.From(element.GetBoolean()) : null;
                case MultiChoiceQuestion:
                    return present ? AnswerValue.Choices([.. element.EnumerateArray().Select(e => e.GetString() ?? "")]) : null;
                default:
                    return present ? AnswerValue.Choice(element.GetString() ?? "") : null;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            throw new CorruptConversationException($"The saved answer to '{question.Step}' has the wrong type.", ex);
        }
    }
}
