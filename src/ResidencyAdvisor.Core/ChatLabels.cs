namespace ResidencyAdvisor.Core;

/// <summary>
/// The words of every <see cref="ChatLabel"/>, loaded and checked from config/labels.json, so a non-programmer may
/// reword a button or a heading without a release.
/// </summary>
public sealed class ChatLabels : TextTable<ChatLabel>
{
    private ChatLabels(Dictionary<ChatLabel, string> texts)
        : base(texts)
    {
    }

    /// <summary>Loads the file; throws <see cref="ContentException"/> naming every missing, empty or unknown label.</summary>
    public static ChatLabels Load(string path) => new(TextTableFile.Load<ChatLabel>(path, PlaceholdersOf, "label"));

    /// <summary>Checks the entries read from <paramref name="source"/>: every label present and not blank, nothing else.</summary>
    public static ChatLabels From(IReadOnlyDictionary<string, string?> entries, string source) =>
        new(TextTableFile.Check<ChatLabel>(entries, source, PlaceholdersOf, "label"));

    /// <summary>The placeholders a label must keep, or it would lose what it is about.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(ChatLabel label) => label switch
    {
        ChatLabel.TypeExactNumberHint or ChatLabel.TypeNumberHint => ["range"],
        ChatLabel.NumberRange => ["min", "max"],
        ChatLabel.EarlierAnswer => ["answer"],
        ChatLabel.NumberFormExample => ["example"],
        ChatLabel.PrepareMeFor => ["specialty"],
        ChatLabel.ChecklistTitle => ["progress"],
        ChatLabel.WhatsNextTitle => ["cycle"],
        ChatLabel.StillOpen => ["task"],
        ChatLabel.PlanAttached => ["file", "progress"],
        ChatLabel.AnswerSoFar => ["answer"],
        ChatLabel.InterviewSection => ["section"],
        ChatLabel.MoreOnChecklist => ["count"],
        _ => [],
    };
}
