using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>
/// The stored form of a conversation, as read back: short names keep a saved conversation well under 1 KB. It is
/// written by <see cref="ConversationStateSerializer"/> straight to JSON under the same <see cref="SavedNames"/>.
/// </summary>
internal sealed class SavedConversation
{
    [JsonPropertyName(SavedNames.QuestionnaireVersionKey)] public int QuestionnaireVersion { get; set; }
    [JsonPropertyName(SavedNames.SessionIdKey)] public string SessionId { get; set; } = "";
    [JsonPropertyName(SavedNames.TurnKey)] public int Turn { get; set; }
    [JsonPropertyName(SavedNames.StepKey)] public string Step { get; set; } = "";
    [JsonPropertyName(SavedNames.EditingKey)] public bool Editing { get; set; }
    [JsonPropertyName(SavedNames.PausedKey)] public bool Paused { get; set; }
    [JsonPropertyName(SavedNames.CreatedAtKey)] public long CreatedAt { get; set; }
    [JsonPropertyName(SavedNames.UpdatedAtKey)] public long UpdatedAt { get; set; }

    /// <summary>Each answer under its question's saved name; an absent name is unanswered.</summary>
    [JsonPropertyName(SavedNames.AnswersKey)] public Dictionary<string, JsonElement>? Answers { get; set; }

    /// <summary>The season tasks the student ticked, by task id; absent until they tick one.</summary>
    [JsonPropertyName(SavedNames.DoneTasksKey)] public List<string>? DoneTasks { get; set; }

    [JsonPropertyName(SavedNames.TimeZoneIdKey)] public string? TimeZoneId { get; set; }

    /// <summary>The days the student set for tasks, by task id; absent until they set one.</summary>
    [JsonPropertyName(SavedNames.TaskDatesKey)] public Dictionary<string, DateOnly>? TaskDates { get; set; }
}

/// <summary>The saved form's property names, for the reader's attributes and, encoded once, for the writer.</summary>
internal static class SavedNames
{
    public const string QuestionnaireVersionKey = "qv";
    public const string SessionIdKey = "sid";
    public const string TurnKey = "turn";
    public const string StepKey = "step";
    public const string EditingKey = "edit";
    public const string PausedKey = "pause";
    public const string CreatedAtKey = "c";
    public const string UpdatedAtKey = "u";
    public const string AnswersKey = "a";
    public const string DoneTasksKey = "done";
    public const string TimeZoneIdKey = "tz";
    public const string TaskDatesKey = "dates";

    public static readonly JsonEncodedText QuestionnaireVersion = JsonEncodedText.Encode(QuestionnaireVersionKey);
    public static readonly JsonEncodedText SessionId = JsonEncodedText.Encode(SessionIdKey);
    public static readonly JsonEncodedText Turn = JsonEncodedText.Encode(TurnKey);
    public static readonly JsonEncodedText Step = JsonEncodedText.Encode(StepKey);
    public static readonly JsonEncodedText Editing = JsonEncodedText.Encode(EditingKey);
    public static readonly JsonEncodedText Paused = JsonEncodedText.Encode(PausedKey);
    public static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode(CreatedAtKey);
    public static readonly JsonEncodedText UpdatedAt = JsonEncodedText.Encode(UpdatedAtKey);
    public static readonly JsonEncodedText Answers = JsonEncodedText.Encode(AnswersKey);
    public static readonly JsonEncodedText DoneTasks = JsonEncodedText.Encode(DoneTasksKey);
    public static readonly JsonEncodedText TimeZoneId = JsonEncodedText.Encode(TimeZoneIdKey);
    public static readonly JsonEncodedText TaskDates = JsonEncodedText.Encode(TaskDatesKey);
}
