using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResidencyAdvisor.Core;

/// <summary>
/// Reads a config file of texts keyed by an enum's camelCase names (JSON with comments, as a non-programmer edits it)
/// and refuses it, naming the key, unless every key is there and not blank, keeps its placeholders, and no key is unknown.
/// </summary>
public static class TextTableFile
{
    /// <summary>The key an enum value has in the file.</summary>
    public static string KeyOf<TKey>(TKey key)
        where TKey : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(key.ToString());

    /// <summary>Loads the file; throws <see cref="ContentException"/> naming every missing, empty or unknown entry.</summary>
    /// <param name="entryName">What an entry is called in an error, as "an unknown note".</param>
    public static Dictionary<TKey, string> Load<TKey>(string path, Func<TKey, IReadOnlyList<string>> placeholdersOf, string entryName)
        where TKey : struct, Enum
    {
        if (!File.Exists(path))
        {
            throw new ContentException(path, ["the file is missing"]);
        }

        Dictionary<string, string?>? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllBytes(path), TextTableJsonContext.Default.DictionaryStringString);
        }
        catch (JsonException ex)
        {
            throw new ContentException(path, [$"not valid JSON: {ex.Message}"]);
        }

        return Check(file ?? [], path, placeholdersOf, entryName);
    }

    /// <summary>Checks the entries read from <paramref name="source"/>: every key present and not blank, nothing else.</summary>
    public static Dictionary<TKey, string> Check<TKey>(IReadOnlyDictionary<string, string?> entries, string source,
        Func<TKey, IReadOnlyList<string>> placeholdersOf, string entryName)
        where TKey : struct, Enum
    {
        var all = Enum.GetValues<TKey>();
        var keys = all.Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var problems = all.Select(KeyOf).Where(k => string.IsNullOrWhiteSpace(entries.GetValueOrDefault(k)))
            .Select(k => $"'{k}' is missing or empty").ToList();

        problems.AddRange(all.Where(n => !string.IsNullOrWhiteSpace(entries.GetValueOrDefault(KeyOf(n))))
            .SelectMany(n => placeholdersOf(n).Where(p => !entries[KeyOf(n)]!.Contains("{" + p + "}", StringComparison.Ordinal))
                .Select(p => $"'{KeyOf(n)}' must keep {{{p}}}")));

        // A misspelt key would otherwise be ignored while the text it meant to reword stays as it was.
        problems.AddRange(entries.Keys.Where(k => !keys.Contains(k)).Select(k => $"'{k}' is not a known {entryName}"));
        if (problems.Count > 0)
        {
            throw new ContentException(source, problems);
        }

        return all.ToDictionary(n => n, n => entries[KeyOf(n)]!.Trim());
    }
}

[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(Dictionary<string, string?>))]
internal sealed partial class TextTableJsonContext : JsonSerializerContext;
