using System.Globalization;
using System.Text;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>
/// Makes text from a request safe to log: a decoded path may hold a line feed (which would forge a second log line)
/// or an escape sequence (which would recolour or rewrite an operator's terminal), so control characters are written
/// as \xNN or \uNNNN instead.
/// </summary>
internal static class LogText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!NeedsEscape(c))
            {
                escaped.Append(c);
            }
            else if (c <= '\u00FF')
            {
                escaped.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return escaped.ToString();
    }

    // C0, DEL and C1 controls, plus the Unicode line and paragraph separators that some log viewers break lines on.
    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
