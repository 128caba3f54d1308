namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>Slack mrkdwn (not Markdown): escape the three control characters, bullets as "•".</summary>
internal static class Mrkdwn
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Guidance paragraphs as mrkdwn: escaped, with "- " list lines shown as bullets.</summary>
    public static string FromGuidance(string text)
    {
        var lines = Escape(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("- ", StringComparison.Ordinal))
            {
                lines[i] = "• " + lines[i][2..];
            }
        }

        return string.Join('\n', lines);
    }

    public static string Bold(string text) => $"*{Escape(text)}*";
}
