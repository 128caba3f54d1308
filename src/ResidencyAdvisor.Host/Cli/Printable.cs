using System.Globalization;
using System.Text;

namespace ResidencyAdvisor.Host.Cli;

/// <summary>
/// Makes untrusted text safe to echo on a terminal: control characters (escape sequences included), and invisible
/// direction overrides become \u escapes, and long text is cut short.
/// </summary>
internal static class Printable
{
    public const int MaxLength = 60;

    public static string Of(string? text, int maxLength = MaxLength)
    {
        text ??= "";
        var safe = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            if (safe.Length >= maxLength)
            {
                return safe.Append('…').ToString();
            }

            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                safe.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
            }
            else
            {
                safe.Append(rune.ToString());
            }
        }

        return safe.ToString();
    }
}
