using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Testing;

/// <summary>A copy of the shipped config/ in a temporary folder, with some words replaced; deleted when disposed.</summary>
public sealed class ConfigCopy : IDisposable
{
    private ConfigCopy(string path) => Path = path;

    public string Path { get; }

    /// <summary>
    /// Copies config/ and makes each edit (in <c>File</c>, <c>Find</c> becomes <c>Replace</c>); throws when a
    /// <c>Find</c> is not there, so a test never passes over an edit that did not happen.
    /// </summary>
    public static ConfigCopy Of(params (string File, string Find, string Replace)[] edits)
    {
        var copy = Copy();
        foreach (var (file, find, replace) in edits)
        {
            var path = System.IO.Path.Combine(copy.Path, file);
            var text = File.ReadAllText(path);
            if (!text.Contains(find, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{file} does not contain {find}.");
            }

            File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        }

        return copy;
    }

    /// <summary>
    /// Copies config/ with the calendar's milestone <paramref name="id"/> dated <paramref name="date"/> (with an official
    /// source and, when given, a new <paramref name="title"/>), as an operator would for a cycle; throws when there is no
    /// such milestone.
    /// </summary>
    public static ConfigCopy WithMilestone(string id, DateTimeOffset date, string? title = null)
    {
        var copy = Copy();
        var path = System.IO.Path.Combine(copy.Path, "calendar.json");
        var calendar = JsonNode.Parse(File.ReadAllText(path), documentOptions: new() { CommentHandling = JsonCommentHandling.Skip })!;
        var milestone = calendar["milestones"]!.AsArray().SingleOrDefault(m => (string?)m!["id"] == id)
            ?? throw new InvalidOperationException($"calendar.json has no milestone {id}.");
        milestone["date"] = date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        milestone["source"] = "https://www.nrmp.org/match-calendars/";
        milestone["checked"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (title is not null)
        {
            milestone["title"] = title;
        }

        File.WriteAllText(path, calendar.ToJsonString());
        return copy;
    }

    private static ConfigCopy Copy()
    {
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "config");
        var copy = new ConfigCopy(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ra-config-{Guid.NewGuid():N}"));
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(copy.Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
