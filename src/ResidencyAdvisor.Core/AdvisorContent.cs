using System.Text.Json;
using System.Text.Json.Serialization;
using ResidencyAdvisor.Core.Guidance;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Core;

/// <summary>Everything a non-programmer may edit, loaded and validated from the config folder at start-up.</summary>
public sealed class AdvisorContent
{
    private AdvisorContent(QuestionCatalog questions, GuidanceLibrary guidance, StudentNotices notices, ChatLabels labels,
        SeasonCalendar calendar)
    {
        Questions = questions;
        Guidance = guidance;
        Notices = notices;
        Labels = labels;
        Calendar = calendar;
    }

    /// <summary>The sourced figures from config/facts.json that the guidance quotes.</summary>
    public FactBook Facts => Guidance.Facts;

    public QuestionCatalog Questions { get; }

    public GuidanceLibrary Guidance { get; }

    /// <summary>The short notes the adapters show around a turn, from config/notices.json.</summary>
    public StudentNotices Notices { get; }

    /// <summary>The fixed words of chat messages (buttons, menus, headings, hints), from config/labels.json.</summary>
    public ChatLabels Labels { get; }

    /// <summary>The season's milestones from config/calendar.json.</summary>
    public SeasonCalendar Calendar { get; }

    /// <summary>Loads config/questions.json (the wording of the table's questions, the standard ones unless given), config/facts.json, config/guidance, config/notices.json, config/labels.json and config/calendar.json; throws <see cref="ContentException"/> naming what is wrong.</summary>
    public static AdvisorContent Load(string configDirectory, QuestionTable? table = null)
    {
        var questionsPath = Path.Combine(configDirectory, "questions.json");
        if (!File.Exists(questionsPath))
        {
            throw new ContentException(questionsPath, ["the file is missing"]);
        }

        QuestionsFile? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllBytes(questionsPath), ContentJsonContext.Default.QuestionsFile);
        }
        catch (JsonException ex)
        {
            throw new ContentException(questionsPath, [$"not valid JSON: {ex.Message}"]);
        }

        var catalog = QuestionCatalog.Create(file ?? new QuestionsFile(), questionsPath, table);
        var facts = FactBook.Load(Path.Combine(configDirectory, "facts.json"));
        var labels = ChatLabels.Load(Path.Combine(configDirectory, "labels.json"));
        var guidance = GuidanceLibrary.Load(Path.Combine(configDirectory, "guidance"), facts, labels);
        var notices = StudentNotices.Load(Path.Combine(configDirectory, "notices.json"));
        return new AdvisorContent(catalog, guidance, notices, labels, SeasonCalendar.Load(Path.Combine(configDirectory, "calendar.json")));
    }

    /// <summary>The config folder next to the program, or the repository's when run from a source tree.</summary>
    public static string DefaultDirectory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "config");
        return Directory.Exists(beside) ? beside : Path.Combine(Directory.GetCurrentDirectory(), "config");
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(QuestionsFile))]
internal sealed partial class ContentJsonContext : JsonSerializerContext;
