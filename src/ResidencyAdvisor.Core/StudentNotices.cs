using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core;

/// <summary>
/// The words of every <see cref="StudentNotice"/>, loaded and checked from config/notices.json, so both adapters say
/// the same thing and a non-programmer may reword it without a release.
/// </summary>
public sealed class StudentNotices
{
    private readonly Dictionary<StudentNotice, string> _texts;

    private StudentNotices(Dictionary<StudentNotice, string> texts) => _texts = texts;

    public string this[StudentNotice notice] => _texts[notice];

    /// <summary>The notice with its placeholders filled in, e.g. ("answer", "Yes") for {answer}.</summary>
    public string Format(StudentNotice notice, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = _texts[notice];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The number form's field label, naming the range when it is known.</summary>
    public string NumberLabel(NumberRange? range) => range is null
        ? _texts[StudentNotice.Number]
        : Format(StudentNotice.NumberInRange, ("min", range.Min.ToString(CultureInfo.InvariantCulture)), ("max", range.Max.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The placeholders a notice's text must keep, or its sentence would lose what it is about.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(StudentNotice notice) => notice switch
    {
        StudentNotice.NumberInRange => ["min", "max"],
        StudentNotice.Answered => ["answer"],
        StudentNotice.Replied => ["text"],
        StudentNotice.Resumed => ["where"],
        StudentNotice.WhereQuestion => ["question"],
        StudentNotice.TypeSectionNumber or StudentNotice.NoSuchTask => ["count"],
        StudentNotice.Ticked or StudentNotice.Unticked or StudentNotice.TaskDateCleared => ["number", "task"],
        StudentNotice.TaskDateSet => ["number", "task", "date"],
        StudentNotice.UnknownTimeZone or StudentNotice.TimeZoneSet or StudentNotice.RemindersOn => ["zone"],
        StudentNotice.StaleCalendar => ["cycle"],
        _ => [],
    };

    /// <summary>The key a notice has in the file.</summary>
    public static string KeyOf(StudentNotice notice) => JsonNamingPolicy.CamelCase.ConvertName(notice.ToString());

    /// <summary>Loads the file; throws <see cref="ContentException"/> naming every missing, empty or unknown entry.</summary>
    public static StudentNotices Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ContentException(path, ["the file is missing"]);
        }

        Dictionary<string, string?>? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllBytes(path), NoticesJsonContext.Default.DictionaryStringString);
        }
        catch (JsonException ex)
        {
            throw new ContentException(path, [$"not valid JSON: {ex.Message}"]);
        }

        return From(file ?? [], path);
    }

    /// <summary>Checks the entries read from <paramref name="source"/>: every notice present and not blank, nothing else.</summary>
    public static StudentNotices From(IReadOnlyDictionary<string, string?> entries, string source)
    {
        var notices = Enum.GetValues<StudentNotice>();
        var keys = notices.Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var problems = notices.Select(KeyOf).Where(k => string.IsNullOrWhiteSpace(entries.GetValueOrDefault(k)))
            .Select(k => $"'{k}' is missing or empty").ToList();

        problems.AddRange(notices.Where(n => !string.IsNullOrWhiteSpace(entries.GetValueOrDefault(KeyOf(n))))
            .SelectMany(n => PlaceholdersOf(n).Where(p => !entries[KeyOf(n)]!.Contains("{" + p + "}", StringComparison.Ordinal))
                .Select(p => $"'{KeyOf(n)}' must keep {{{p}}}")));

        // A misspelt key would otherwise be ignored while the note it meant to reword stays as it was.
        problems.AddRange(entries.Keys.Where(k => !keys.Contains(k)).Select(k => $"'{k}' is not a known note"));
        if (problems.Count > 0)
        {
            throw new ContentException(source, problems);
        }

        return new StudentNotices(notices.ToDictionary(n => n, n => entries[KeyOf(n)]!.Trim()));
    }
}

[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(Dictionary<string, string?>))]
internal sealed partial class NoticesJsonContext : JsonSerializerContext;
