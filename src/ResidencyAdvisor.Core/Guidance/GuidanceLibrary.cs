using ResidencyAdvisor.Core.Advice;
using System.Text;
using System.Text.RegularExpressions;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>The validated guidance templates from config/guidance, filled in per student.</summary>
public sealed partial class GuidanceLibrary
{
    private readonly Dictionary<string, string> _templates;

    private GuidanceLibrary(Dictionary<string, string> templates, FactBook facts, ChatLabels labels, IReadOnlyList<AdviceRule> rules)
    {
        _templates = templates;
        Facts = facts;
        Labels = labels;
        Rules = rules;
    }

    /// <summary>The sourced figures that {fact:id} quotes.</summary>
    public FactBook Facts { get; }

    /// <summary>
    /// The fixed words of config/labels.json the advice is put in: the backup need and score band fill {backupNeed}
    /// and {newNeed}, and a report carries them to whatever writes it out.
    /// </summary>
    public ChatLabels Labels { get; }

    /// <summary>The rule table the texts were checked against, and the advice applies.</summary>
    public IReadOnlyList<AdviceRule> Rules { get; }

    /// <summary>Loads every file the schema names; throws <see cref="ContentException"/> listing every problem.</summary>
    public static GuidanceLibrary Load(string directory, FactBook facts, ChatLabels labels) => Load(directory, facts, labels, AdviceRules.All);

    /// <summary>Loads the files for <paramref name="rules"/>: each rule's reason, fixed fact and step must be there.</summary>
    public static GuidanceLibrary Load(string directory, FactBook facts, ChatLabels labels, IReadOnlyList<AdviceRule> rules)
    {
        var problems = new List<string>();
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, keys) in GuidanceSchema.For(rules))
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                problems.Add($"{file} is missing");
                continue;
            }

            var entries = TemplateFile.Parse(File.ReadAllText(path, Encoding.UTF8), file, problems);
            foreach (var (key, allowed) in keys)
            {
                if (!entries.TryGetValue(key, out var text))
                {
                    problems.Add($"{file}: '## {key}' is missing");
                    continue;
                }

                CheckPlaceholders(file, key, text, allowed, problems);
                CheckFacts(file, key, text, facts, problems);
                templates[Name(file, key)] = text;
            }

            problems.AddRange(entries.Keys.Where(k => !keys.ContainsKey(k)).Select(k => $"{file}: '## {k}' is not a known key"));
        }

        if (problems.Count > 0)
        {
            throw new ContentException(Path.Combine(directory), problems);
        }

        return new GuidanceLibrary(templates, facts, labels, rules);
    }

    /// <summary>The template with its placeholders filled in.</summary>
    public string Render(string file, string key, IReadOnlyDictionary<string, string> values)
    {
        var text = FactToken().Replace(_templates[Name(file, key)], m => Facts.TryGet(m.Groups[1].Value, out var fact) ? fact.Cited : m.Value);
        return Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
    }

    private static void CheckFacts(string file, string key, string text, FactBook facts, List<string> problems)
    {
        foreach (Match match in FactToken().Matches(text))
        {
            if (!facts.TryGet(match.Groups[1].Value, out _))
            {
                problems.Add($"{file}: '## {key}' quotes {match.Value}, which is not in facts.json");
            }
        }
    }

    private static void CheckPlaceholders(string file, string key, string text, string[] allowed, List<string> problems)
    {
        foreach (Match match in Placeholder().Matches(text))
        {
            if (!allowed.Contains(match.Groups[1].Value) && !TemplateValues.Common.Contains(match.Groups[1].Value))
            {
                var hint = string.Join(", ", allowed.Concat(TemplateValues.Common).Select(a => "{" + a + "}"));
                problems.Add($"{file}: '## {key}' uses {match.Value}; allowed here: {hint}");
            }
        }

        if (Placeholder().Replace(FactToken().Replace(text, ""), "").IndexOfAny(['{', '}']) >= 0)
        {
            problems.Add($"{file}: '## {key}' has a stray brace; placeholders look like {{name}}");
        }
    }

    private static string Name(string file, string key) => file + "#" + key;

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{fact:([a-z0-9-]+)\}")]
    private static partial Regex FactToken();
}
