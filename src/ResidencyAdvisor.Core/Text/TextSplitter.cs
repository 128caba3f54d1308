namespace ResidencyAdvisor.Core.Text;

/// <summary>Splits long guidance into chunks that fit a platform limit, at paragraph, then sentence, then word breaks.</summary>
public static class TextSplitter
{
    private static readonly string[] SentenceEnds = [". ", "? ", "! ", ".\" ", "?\" ", "!\" ", ".\n", "?\n", "!\n"];

    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 20);
        var chunks = new List<string>();
        var current = "";
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var piece in Pieces(paragraph, maxLength))
            {
                var joined = current.Length == 0 ? piece : current + "\n\n" + piece;
                if (joined.Length <= maxLength)
                {
                    current = joined;
                    continue;
                }

                chunks.Add(current);
                current = piece;
            }
        }

        if (current.Length > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    /// <summary>A paragraph as one piece, or as runs of whole sentences when it is too long.</summary>
    private static IEnumerable<string> Pieces(string paragraph, int maxLength)
    {
        if (paragraph.Length <= maxLength)
        {
            yield return paragraph;
            yield break;
        }

        var run = "";
        foreach (var sentence in Sentences(paragraph))
        {
            foreach (var part in sentence.Length <= maxLength ? [sentence] : Words(sentence, maxLength))
            {
                var joined = run.Length == 0 ? part : run + " " + part;
                if (joined.Length <= maxLength)
                {
                    run = joined;
                    continue;
                }

                yield return run;
                run = part;
            }
        }

        if (run.Length > 0)
        {
            yield return run;
        }
    }

    private static IEnumerable<string> Sentences(string paragraph)
    {
        var start = 0;
        while (start < paragraph.Length)
        {
            var end = -1;
            foreach (var mark in SentenceEnds)
            {
                var at = paragraph.IndexOf(mark, start, StringComparison.Ordinal);
                if (at >= 0 && (end < 0 || at + mark.Length - 1 < end))
                {
                    end = at + mark.Length - 1;
                }
            }

            if (end < 0)
            {
                yield return paragraph[start..].Trim();
                yield break;
            }

            yield return paragraph[start..end].Trim();
            start = end;
        }
    }

    /// <summary>Last resort for a single sentence longer than the limit: break between words.</summary>
    private static IEnumerable<string> Words(string sentence, int maxLength)
    {
        var line = "";
        foreach (var word in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.Length > maxLength ? word[..maxLength] : word;
            if (line.Length > 0 && line.Length + 1 + w.Length > maxLength)
            {
                yield return line;
                line = "";
            }

            line = line.Length == 0 ? w : line + " " + w;
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
