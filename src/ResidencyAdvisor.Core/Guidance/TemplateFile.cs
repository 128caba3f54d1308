using System.Text;

namespace ResidencyAdvisor.Core.Guidance;

/// <summary>Reads one content file: an optional leading HTML comment, then "## key" entries of paragraphs.</summary>
public static class TemplateFile
{
    public static Dictionary<string, string> Parse(string text, string source, List<string> problems)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        string? key = null;
        var body = new StringBuilder();
        var lineNumber = 0;
        var inComment = false;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd();
            if (inComment || (key is null && line.StartsWith("<!--", StringComparison.Ordinal)))
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Add(entries, key, body, source, problems);
                key = line[3..].Trim();
                body.Clear();
                continue;
            }

            if (key is null)
            {
                if (line.Length > 0)
                {
                    problems.Add($"{source}:{lineNumber}: text before the first '## key' line");
                }

                continue;
            }

            body.Append(line).Append('\n');
        }

        Add(entries, key, body, source, problems);
        return entries;
    }

    private static void Add(Dictionary<string, string> entries, string? key, StringBuilder body, string source, List<string> problems)
    {
        if (key is null)
        {
            return;
        }

        // Paragraphs are separated by one blank line; lines inside a paragraph keep their breaks (bullets).
        var paragraphs = body.ToString().Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = string.Join("\n\n", paragraphs);
        if (text.Length == 0)
        {
            problems.Add($"{source}: '## {key}' has no text");
        }
        else if (!entries.TryAdd(key, text))
        {
            problems.Add($"{source}: '## {key}' appears twice");
        }
    }
}
