namespace ResidencyAdvisor.Core.Text;

/// <summary>Shortens a label to a platform limit at a word break, marking the cut with an ellipsis.</summary>
public static class LabelFitter
{
    private const string Ellipsis = "…";

    /// <summary>
    /// For labels, titles and short notices only: guidance is split whole with <see cref="TextSplitter"/>, never cut.
    /// A word break is used when it keeps at least a third of the room, so a long first word still shows something.
    /// </summary>
    public static string Fit(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (text.Length <= max)
        {
            return text;
        }

        // The ellipsis takes one character, so the text may keep max - 1; a space right after them is a clean break.
        var cut = text.LastIndexOf(' ', max - 1);
        var kept = cut > max / 3 ? text[..cut] : text[..(max - 1)];
        var end = kept.Length;
        while (end > 0 && (char.IsWhiteSpace(kept[end - 1]) || kept[end - 1] is ',' or ';' or ':'))
        {
            end--; // "Step 2:…" reads as if something follows the colon; "Step 2…" does not
        }

        return kept[..end] + Ellipsis;
    }
}
