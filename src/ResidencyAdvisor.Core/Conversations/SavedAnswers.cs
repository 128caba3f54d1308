using System.Text.Json.Serialization;

namespace ResidencyAdvisor.Core.Conversations;

/// <summary>The stored form of the answers; absent fields are unanswered.</summary>
internal sealed class SavedAnswers
{
    [JsonPropertyName("exam")] public string? Exam { get; set; }
    [JsonPropertyName("scoreSet")] public bool ScoreAnswered { get; set; }
    [JsonPropertyName("score")] public int? Score { get; set; }
    [JsonPropertyName("fail")] public int? ExamFailures { get; set; }
    [JsonPropertyName("clin")] public int? UsClinicalExperiences { get; set; }
    [JsonPropertyName("radx")] public bool? UsRadiologyExperience { get; set; }
    [JsonPropertyName("lett")] public int? RadiologyLetters { get; set; }
    [JsonPropertyName("reap")] public bool? Reapplicant { get; set; }
    [JsonPropertyName("yrs")] public int? YearsSinceGraduation { get; set; }
    [JsonPropertyName("cont")] public bool? ContinuousClinicalWork { get; set; }
    [JsonPropertyName("geo")] public string? Geography { get; set; }
    [JsonPropertyName("comm")] public bool? OpenToCommunityPrograms { get; set; }
    [JsonPropertyName("risk")] public bool? ComfortableWithUnmatchedRisk { get; set; }
    [JsonPropertyName("extra")] public bool? WillingToDoExtraYear { get; set; }
    [JsonPropertyName("int")] public string[]? BackupInterests { get; set; }
    [JsonPropertyName("not")] public string[]? WouldNotPractice { get; set; }
}
