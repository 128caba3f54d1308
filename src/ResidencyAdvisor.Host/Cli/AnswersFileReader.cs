using System.Text.Json;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Host.Cli;

/// <summary>Reads the answers file of <c>advise --answers</c>: every field required, every value checked, each problem named.</summary>
internal static class AnswersFileReader
{
    private static readonly string[] Fields =
    [
        "exam", "step2Score", "examFailures", "usClinicalExperiences", "usRadiologyExperience", "radiologyLetters",
        "reapplicant", "yearsSinceGraduation", "continuousClinicalWork", "geography", "openToCommunityPrograms",
        "comfortableWithUnmatchedRisk", "willingToDoExtraYear", "backupInterests", "wouldNotPractice",
    ];

    private static readonly string SpecialtyList = string.Join(", ", SpecialtyIds.All.Select(s => s.Id()));

    /// <summary>The profile, or null with the problems found.</summary>
    public static StudentProfile? Read(string json, List<string> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            problems.Add($"the answers file is not valid JSON ({ex.Message})");
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add("the answers file must be a JSON object with the fields listed in the README");
                return null;
            }

            return Read(document.RootElement, problems);
        }
    }

    private static StudentProfile? Read(JsonElement root, List<string> problems)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (!Fields.Contains(property.Name))
            {
                problems.Add($"unknown field '{property.Name}'; allowed: {string.Join(", ", Fields)}");
            }
        }

        var reader = new FieldReader(root, problems);
        var exam = reader.Enum("exam", ["usmle", "comlex"]);
        var range = exam == "comlex" ? (9, 999) : (1, 300);
        var score = reader.NullableInt("step2Score", range.Item1, range.Item2,
            $"an integer from {range.Item1} to {range.Item2} for {(exam == "comlex" ? "COMLEX" : "USMLE")}, or null if not taken yet");
        var profile = new StudentProfile(
            exam == "comlex" ? ExamKind.Comlex : ExamKind.Usmle,
            score,
            reader.Count("examFailures"),
            reader.Count("usClinicalExperiences"),
            reader.Bool("usRadiologyExperience"),
            reader.Count("radiologyLetters"),
            reader.Bool("reapplicant"),
            reader.Count("yearsSinceGraduation"),
            reader.Bool("continuousClinicalWork"),
            reader.Enum("geography", ["anywhere", "preferred-regions", "specific-area"]) switch
            {
                "specific-area" => GeographyPreference.SpecificArea,
                "preferred-regions" => GeographyPreference.PreferredRegions,
                _ => GeographyPreference.Anywhere,
            },
            reader.Bool("openToCommunityPrograms"),
            reader.Bool("comfortableWithUnmatchedRisk"),
            reader.Bool("willingToDoExtraYear"),
            reader.Specialties("backupInterests", SpecialtyList),
            reader.Specialties("wouldNotPractice", SpecialtyList));

        foreach (var both in profile.BackupInterests.Intersect(profile.WouldNotPractice))
        {
            problems.Add($"'{both.Id()}' is in both backupInterests and wouldNotPractice; keep it in one");
        }

        return problems.Count == 0 ? profile : null;
    }
}
