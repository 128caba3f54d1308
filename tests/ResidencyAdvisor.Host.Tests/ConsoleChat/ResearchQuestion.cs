using System.Text.Json.Nodes;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Host.Tests.ConsoleChat;

/// <summary>
/// A question this release does not ask, added the way docs/adding-a-question.md says: one table entry plus its
/// wording. Proves nothing outside the table has to change for a new question to be asked, read and kept.
/// </summary>
internal static class ResearchQuestion
{
    public static readonly Step Step = new("research-publications");

    public static readonly QuestionTable Table = new(
        QuestionTable.Standard.Questions.SelectMany(q => q.Step == Step.RadiologyLetters
            ? [q, new NumberQuestion(Step, "pubs", _ => new NumberRange(0, 30)) { OpenEndedInFiles = true }]
            : new[] { q }));

    private static readonly Lazy<AdvisorContent> Loaded = new(Load);

    /// <summary>The shipped content with the new question's wording added, validated against <see cref="Table"/>.</summary>
    public static AdvisorContent Content => Loaded.Value;

    private static AdvisorContent Load()
    {
        var directory = Path.Combine(Path.GetTempPath(), "ra-new-question-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(AppContext.BaseDirectory, "config"), directory);
        var path = Path.Combine(directory, "questions.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["questions"]![Step.Id()] = new JsonObject
        {
            ["title"] = "Research publications",
            ["text"] = "How many research publications (papers, abstracts, posters) do you have? Enter a whole number from {min} to {max}.",
        };
        File.WriteAllText(path, json.ToJsonString());
        return AdvisorContent.Load(directory, Table);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
