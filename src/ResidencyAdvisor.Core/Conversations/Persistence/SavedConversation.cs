using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>The stored form of a conversation: short names keep a saved conversation well under 1 KB.</summary>
internal sealed class SavedConversation
{
    [JsonPropertyName("qv")] public int QuestionnaireVersion { get; set; }
    [JsonPropertyName("sid")] public string SessionId { get; set; } = "";
    [JsonPropertyName("turn")] public int Turn { get; set; }
    [JsonPropertyName("step")] public string Step { get; set; } = "";
    [JsonPropertyName("edit")] public bool Editing { get; set; }
    [JsonPropertyName("pause")] public bool Paused { get; set; }
    [JsonPropertyName("c")] public long CreatedAt { get; set; }
    [JsonPropertyName("u")] public long UpdatedAt { get; set; }
    
    /// <summary>Each answer under its question's saved name; an absent name is unanswered.</summary>
    [JsonPropertyName("a")] public Dictionary<string, JsonElement>? Answers { get; set; }

    /// <summary>The season tasks the student ticked, by task id; absent until they tick one.</summary>
    [JsonPropertyName("done")] public List<string>? DoneTasks { get; set; }

    [JsonPropertyName("tz")] public string? TimeZoneId { get; set; }

    /// <summary>The days the student set for tasks, by task id; absent until they set one.</summary>
    [JsonPropertyName("dates")] public Dictionary<string, DateOnly>? TaskDates { get; set; }
}
