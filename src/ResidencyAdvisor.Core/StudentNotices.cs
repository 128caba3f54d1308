using System.Globalization;
using ResidencyAdvisor.Core.Questionnaire;

namespace ResidencyAdvisor.Core;

/// <summary>
/// The words of every <see cref="StudentNotice"/>, loaded and checked from config/notices.json, so both adapters say
/// the same thing and a non-programmer may reword it without a release.
/// </summary>
public sealed class StudentNotices : TextTable<StudentNotice>
{
    private StudentNotices(Dictionary<StudentNotice, string> texts)
        : base(texts)
    {
    }

    /// <summary>The number form's field label, naming the range when it is known.</summary>
    public string NumberLabel(NumberRange? range) => range is null
        ? this[StudentNotice.Number]
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
    public static string KeyOf(StudentNotice notice) => TextTableFile.KeyOf(notice);

    /// <summary>Loads the file; throws <see cref="ContentException"/> naming every missing, empty or unknown entry.</summary>
    public static StudentNotices Load(string path) => new(TextTableFile.Load<StudentNotice>(path, PlaceholdersOf, "note"));

    /// <summary>Checks the entries read from <paramref name="source"/>: every notice present and not blank, nothing else.</summary>
    public static StudentNotices From(IReadOnlyDictionary<string, string?> entries, string source) =>
        new(TextTableFile.Check<StudentNotice>(entries, source, PlaceholdersOf, "note"));
}
