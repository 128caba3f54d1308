using System.Buffers;
using System.Globalization;
using System.Text.Json;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>Writes and reads the saved form of a conversation; every store uses it, so they agree on the format.</summary>
public static class ConversationStateSerializer
{
    public static byte[] Serialize(ConversationState state) => Serialize(state, QuestionTable.Standard);

    // Every save writes one: a writer and buffer per thread spare the allocations (Serialize never awaits).
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <summary>
    /// Writes the conversation, its answers as <paramref name="table"/> describes them: the <see cref="SavedConversation"/>
    /// form, written straight to JSON (a value left at its default is left out, as its source-generated reader expects).
    /// </summary>
    public static byte[] Serialize(ConversationState state, QuestionTable table)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        Write(writer, state, table);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a saved conversation; throws <see cref="CorruptConversationException"/> when it cannot.</summary>
    public static ConversationState Deserialize(ReadOnlySpan<byte> utf8, long version) => Deserialize(utf8, version, QuestionTable.Standard);

    /// <summary>Reads a saved conversation of <paramref name="table"/>'s questions; throws <see cref="CorruptConversationException"/> when it cannot.</summary>
    public static ConversationState Deserialize(ReadOnlySpan<byte> utf8, long version, QuestionTable table)
    {
        SavedConversation? saved;
        try
        {
            saved = JsonSerializer.Deserialize(utf8, ConversationJsonContext.Default.SavedConversation);
        }
        catch (JsonException ex)
        {
            throw new CorruptConversationException("The saved conversation is not valid JSON.", ex);
        }

        if (saved is null || string.IsNullOrEmpty(saved.SessionId) || !table.TryParse(saved.Step, out var step))
        {
            throw new CorruptConversationException("The saved conversation lacks its session or step.");
        }

        var state = new ConversationState
        {
            QuestionnaireVersion = saved.QuestionnaireVersion,
            SessionId = saved.SessionId,
            Turn = saved.Turn,
            Version = version,
            Step = step,
            Editing = saved.Editing,
            Paused = saved.Paused,
            CreatedAt = DateTimeOffset.FromUnixTimeSeconds(saved.CreatedAt),
            UpdatedAt = DateTimeOffset.FromUnixTimeSeconds(saved.UpdatedAt),
            Answers = SavedAnswers.Read(saved.Answers, table),
            DoneTasks = saved.DoneTasks is { } done ? new HashSet<string>(done, StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal),
            TimeZoneId = saved.TimeZoneId,
            TaskDates = saved.TaskDates is { } dates ? new Dictionary<string, DateOnly>(dates, StringComparer.Ordinal) : new Dictionary<string, DateOnly>(StringComparer.Ordinal),
        };

        // Valid JSON can still describe an impossible conversation (a result without answers, a negative count):
        // treat it as corrupt so the student restarts with an explanation instead of meeting an error every turn.
        // An older questionnaire's conversation may lack a question added since; its migration sends the student to it.
        if (!step.IsQuestion && saved.QuestionnaireVersion >= ConversationState.CurrentQuestionnaireVersion && StudentProfile.From(state.Answers) is null)
        {
            throw new CorruptConversationException("The saved conversation's answers do not fit its step.");
        }

        return state;
    }

    private static void Write(Utf8JsonWriter writer, ConversationState s, QuestionTable table)
    {
        writer.WriteStartObject();
        WriteUnlessZero(writer, SavedNames.QuestionnaireVersion, s.QuestionnaireVersion);
        writer.WriteString(SavedNames.SessionId, s.SessionId);
        WriteUnlessZero(writer, SavedNames.Turn, s.Turn);
        writer.WriteString(SavedNames.Step, s.Step.Id());
        WriteUnlessFalse(writer, SavedNames.Editing, s.Editing);
        WriteUnlessFalse(writer, SavedNames.Paused, s.Paused);
        WriteUnlessZero(writer, SavedNames.CreatedAt, s.CreatedAt.ToUnixTimeSeconds());
        WriteUnlessZero(writer, SavedNames.UpdatedAt, s.UpdatedAt.ToUnixTimeSeconds());
        writer.WriteStartObject(SavedNames.Answers);
        SavedAnswers.Write(writer, s.Answers, table);
        writer.WriteEndObject();
        if (s.DoneTasks.Count > 0)
        {
            writer.WriteStartArray(SavedNames.DoneTasks);
            foreach (var task in s.DoneTasks.Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(task);
            }

            writer.WriteEndArray();
        }

        if (s.TimeZoneId is { } zone)
        {
            writer.WriteString(SavedNames.TimeZoneId, zone);
        }

        if (s.TaskDates.Count > 0)
        {
            writer.WriteStartObject(SavedNames.TaskDates);
            foreach (var (task, day) in s.TaskDates)
            {
                writer.WriteString(task, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteUnlessZero(Utf8JsonWriter writer, JsonEncodedText name, long value)
    {
        if (value != 0)
        {
            writer.WriteNumber(name, value);
        }
    }

    private static void WriteUnlessFalse(Utf8JsonWriter writer, JsonEncodedText name, bool value)
    {
        if (value)
        {
            writer.WriteBoolean(name, value);
        }
    }
}
