using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>The sourced figures the guidance may quote, loaded and checked from config/facts.json.</summary>
public sealed class FactBook
{
    private readonly Dictionary<string, Fact> _facts;

    private FactBook(Dictionary<string, Fact> facts) => _facts = facts;

    public IReadOnlyCollection<Fact> All => _facts.Values;

    public bool TryGet(string id, out Fact fact) => _facts.TryGetValue(id, out fact!);

    /// <summary>Loads the file; throws <see cref="ContentException"/> naming every incomplete or inconsistent fact.</summary>
    public static FactBook Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ContentException(path, ["the file is missing"]);
        }

        FactsFile? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllBytes(path), FactsJsonContext.Default.FactsFile);
        }
        catch (JsonException ex)
        {
            throw new ContentException(path, [$"not valid JSON: {ex.Message}"]);
        }

        var problems = new List<string>();
        var facts = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var (entry, index) in (file?.Facts ?? []).Select((e, i) => (e, i)))
        {
            var name = entry.Id ?? $"fact #{index + 1}";
            if (Check(entry, name, problems) is { } fact && !facts.TryAdd(fact.Id, fact))
            {
                problems.Add($"'{name}' appears twice");
            }
        }

        if (problems.Count > 0)
        {
            throw new ContentException(path, problems);
        }

        return new FactBook(facts);
    }

    private static Fact? Check(FactEntry e, string name, List<string> problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(e.Id) || string.IsNullOrWhiteSpace(e.Statement) || string.IsNullOrWhiteSpace(e.Value)
            || e.CycleYear is null || string.IsNullOrWhiteSpace(e.Source) || string.IsNullOrWhiteSpace(e.Url))
        {
            problems.Add($"'{name}' needs id, statement, value, cycleYear, source and url");
            return null;
        }

        // A quoted figure must say its own value and year, so a reader never meets a bare number.
        if (!e.Statement.Contains(e.Value, StringComparison.Ordinal))
        {
            problems.Add($"'{name}': the statement does not contain its value \"{e.Value}\"");
        }

        if (!e.Statement.Contains(e.CycleYear.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            problems.Add($"'{name}': the statement does not name its cycle year {e.CycleYear}");
        }

        if (!e.Url.StartsWith("https://", StringComparison.Ordinal))
        {
            problems.Add($"'{name}': the url must start with https://");
        }

        return problems.Count > before ? null : new Fact(e.Id, e.Statement, e.Value, e.CycleYear.Value, e.Source, e.Url);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(FactsFile))]
internal sealed partial class FactsJsonContext : JsonSerializerContext;
