using ResidencyAdvisor.Core.Advice;

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

    /// <summary>How much a backup is needed, in words ("strongly recommended").</summary>
    public string Words(BackupNeed need) => this[need switch
    {
        BackupNeed.Optional => ChatLabel.BackupNeedOptional,
        BackupNeed.Recommended => ChatLabel.BackupNeedRecommended,
        _ => ChatLabel.BackupNeedStronglyRecommended,
    }];

    /// <summary>Where the score sits, in words ("mid-range").</summary>
    public string Words(ScoreBand band) => this[band switch
    {
        ScoreBand.VeryStrong => ChatLabel.ScoreBandVeryStrong,
        ScoreBand.MidRange => ChatLabel.ScoreBandMidRange,
        ScoreBand.Lower => ChatLabel.ScoreBandLower,
        _ => ChatLabel.ScoreBandNotTaken,
    }];

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
        ChatLabel.PlanChecklistHeading => ["progress"],
        ChatLabel.SeasonDatesHeading or ChatLabel.ConsoleWhatsNextTitle => ["cycle"],
        ChatLabel.MilestoneSource => ["source", "date"],
        ChatLabel.OtherBackups or ChatLabel.OtherPlanBFields => ["fields"],
        ChatLabel.ContingencyLine => ["contingencies"],
        ChatLabel.ConsoleAnswerSoFar => ["answer"],
        ChatLabel.ConsoleTypePickOrNumber => ["picks", "last", "max"],
        ChatLabel.ConsoleTypeWholeNumber => ["min", "max", "shortcuts"],
        ChatLabel.ConsoleOrShortcut => ["shortcut"],
        ChatLabel.ConsoleTypeOneOrZero => ["number"],
        ChatLabel.ConsoleTypeSeveral => ["example"],
        ChatLabel.ConsoleTypeBackupName => ["backups"],
        ChatLabel.ConsoleCheckSource => ["source"],
        ChatLabel.ConsolePlanWritten => ["path", "progress"],
        _ => [],
    };
}
