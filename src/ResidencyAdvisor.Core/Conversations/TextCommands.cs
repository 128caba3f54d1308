namespace ResidencyAdvisor.Core.Conversations;

/// <summary>Words a student can type instead of clicking, the same in the console and a Slack DM.</summary>
internal static class TextCommands
{
    private static readonly Dictionary<string, InputKind> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["back"] = InputKind.Back,
        ["restart"] = InputKind.Restart,
        ["start over"] = InputKind.Restart,
        ["cancel"] = InputKind.Pause,
        ["pause"] = InputKind.Pause,
        ["stop"] = InputKind.Pause,
        ["forget"] = InputKind.Forget,
        ["forget me"] = InputKind.Forget,
        ["forget my answers"] = InputKind.Forget,
        ["erase"] = InputKind.Forget,
        ["erase my data"] = InputKind.Forget,
        ["delete my data"] = InputKind.Forget,
        ["start"] = InputKind.Start,
        ["hi"] = InputKind.Start,
        ["hello"] = InputKind.Start,
        ["resume"] = InputKind.Start,
        ["continue"] = InputKind.Start,
        ["result"] = InputKind.ShowResult,
        ["results"] = InputKind.ShowResult,
        ["recommendation"] = InputKind.ShowResult,
        ["plan"] = InputKind.Plan,
        ["my plan"] = InputKind.Plan,
        ["send me my plan"] = InputKind.Plan,
        ["checklist"] = InputKind.Checklist,
        ["my checklist"] = InputKind.Checklist,
        ["tasks"] = InputKind.Checklist,
        ["what's next"] = InputKind.WhatsNext,
        ["whats next"] = InputKind.WhatsNext,
        ["next"] = InputKind.WhatsNext,
        ["reminders on"] = InputKind.RemindersOn,
        ["remind me"] = InputKind.RemindersOn,
        ["turn on reminders"] = InputKind.RemindersOn,
        ["stop reminders"] = InputKind.RemindersOff,
        ["reminders off"] = InputKind.RemindersOff,
        ["turn off reminders"] = InputKind.RemindersOff,
    };

    private static readonly string[] HelpWords = ["help", "?", "commands"];

    public static InputKind? Match(string text) =>
        Words.TryGetValue(Normalize(text), out var kind) ? kind : null;

    public static bool IsHelp(string text) => HelpWords.Contains(Normalize(text), StringComparer.OrdinalIgnoreCase);

    public static string Normalize(string text) => text.Trim().TrimStart('/').TrimEnd('.', '!', '?').Trim() is { Length: > 0 } t ? t : text.Trim();
}
