using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResidencyAdvisor.Core.Season;

/// <summary>config/calendar.json as written; every field is optional here so that validation can name what is missing.</summary>
internal sealed record CalendarFile(string? Cycle, IReadOnlyList<MilestoneEntry>? Milestones);

internal sealed record MilestoneEntry(string? Id, string? Title, string? Date, string? Source, string? Checked);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(CalendarFile))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext;
