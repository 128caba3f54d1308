using System.Text.Json;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>Writes and reads the saved form of a conversation; every store uses it, so they agree on the format.</summary>
public static class ConversationStateSerializer
{
    public static byte[] Serialize(ConversationState state) => Serialize(state, QuestionTable.Standard);

    /// <summary>Writes the conversation, its answers as <paramref name="table"/> describes them.</summary>
    public static byte[] Serialize(ConversationState state, QuestionTable table) =>
        JsonSerializer.SerializeToUtf8Bytes(ToSaved(state, table), ConversationJsonContext.Default.SavedConversation);

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

    private static SavedConversation ToSaved(ConversationState s, QuestionTable table) => new()
    {
        QuestionnaireVersion = s.QuestionnaireVersion,
        SessionId = s.SessionId,
        Turn = s.Turn,
        Step = s.Step.Id(),
        Editing = s.Editing,
        Paused = s.Paused,
        CreatedAt = s.CreatedAt.ToUnixTimeSeconds(),
        UpdatedAt = s.UpdatedAt.ToUnixTimeSeconds(),
        Answers = SavedAnswers.Write(s.Answers, table),
        DoneTasks = s.DoneTasks.Count == 0 ? null : [.. s.DoneTasks.Order(StringComparer.Ordinal)],
        TimeZoneId = s.TimeZoneId,
        TaskDates = s.TaskDates.Count == 0 ? null : new Dictionary<string, DateOnly>(s.TaskDates, StringComparer.Ordinal),
    };
}
