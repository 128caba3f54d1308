namespace ResidencyAdvisor.Core;

/// <summary>
/// Texts a student reads, one per <typeparamref name="TKey"/>, checked when loaded (see <see cref="TextTableFile"/>), so
/// a lookup never fails and a placeholder is never lost.
/// </summary>
public abstract class TextTable<TKey>
    where TKey : struct, Enum
{
    private readonly Dictionary<TKey, string> _texts;

    protected TextTable(Dictionary<TKey, string> texts) => _texts = texts;

    public string this[TKey key] => _texts[key];

    /// <summary>The text with its placeholders filled in, e.g. ("answer", "Yes") for {answer}.</summary>
    public string Format(TKey key, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = _texts[key];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}
