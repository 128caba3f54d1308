using System.Globalization;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// A parsed custom id: the action plus the session and turn of the message it sat on, so the engine can tell an
/// out-of-date click, and up to two arguments (step id, choice id, section id). Nothing Core knows travels here: a
/// number button names its step, and the form asks Core for the question it opens on.
/// </summary>
internal sealed record CustomId(CustomIdAction Action, string SessionId, int Turn, string? Arg1 = null, string? Arg2 = null)
{
    public const string Prefix = "ra";

    /// <summary>Discord refuses a custom_id longer than this.</summary>
    public const int MaxLength = 100;

    /// <summary>The custom_id of the number modal's one text input, read back from its submission.</summary>
    public const string NumberInput = "value";

    private const char Separator = ':';

    private static readonly Dictionary<CustomIdAction, string> Codes = new()
    {
        [CustomIdAction.Start] = "go",
        [CustomIdAction.Answer] = "a",
        [CustomIdAction.Select] = "s",
        [CustomIdAction.NoneOfThese] = "z",
        [CustomIdAction.OpenNumber] = "n",
        [CustomIdAction.SubmitNumber] = "m",
        [CustomIdAction.Back] = "b",
        [CustomIdAction.Restart] = "r",
        [CustomIdAction.Pause] = "p",
        [CustomIdAction.Forget] = "f",
        [CustomIdAction.Edit] = "e",
        [CustomIdAction.Confirm] = "c",
        [CustomIdAction.Section] = "x",
        [CustomIdAction.ShowResult] = "v",
    };

    private static readonly Dictionary<string, CustomIdAction> Actions = Codes.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>"Start" needs no session: it opens (or resumes) whatever the student has.</summary>
    public static CustomId Start() => new(CustomIdAction.Start, "", 0);

    /// <summary>The button that opens the number modal for one step.</summary>
    public static CustomId OpenNumber(string sessionId, int turn, string stepId) =>
        new(CustomIdAction.OpenNumber, sessionId, turn, stepId);

    public override string ToString()
    {
        var parts = new List<string>(7) { Prefix, Codes[Action] };
        if (Action != CustomIdAction.Start)
        {
            parts.Add(SessionId);
            parts.Add(Turn.ToString(CultureInfo.InvariantCulture));
            parts.AddRange(new[] { Arg1, Arg2 }.Where(a => a is not null)!);
        }

        var id = string.Join(Separator, parts);
        return id.Length <= MaxLength
            ? id
            : throw new InvalidOperationException($"custom id for {Action} is longer than 100 characters");
    }

    public static bool TryParse(string? text, out CustomId id)
    {
        id = Start();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        var parts = text.Split(Separator);
        if (parts.Length < 2 || parts[0] != Prefix || !Actions.TryGetValue(parts[1], out var action))
        {
            return false;
        }

        if (action == CustomIdAction.Start)
        {
            return parts.Length == 2;
        }

        if (parts.Length < 4 || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var turn)
            || parts[2].Length > 32 || parts.Length - 4 < RequiredArgs(action))
        {
            return false;
        }

        id = new CustomId(action, parts[2], turn, At(parts, 4), At(parts, 5));
        return true;
    }

    private static int RequiredArgs(CustomIdAction action) => action switch
    {
        CustomIdAction.Answer => 2,
        CustomIdAction.Select or CustomIdAction.NoneOfThese or CustomIdAction.OpenNumber or CustomIdAction.SubmitNumber or CustomIdAction.Section => 1,
        _ => 0,
    };

    private static string? At(string[] parts, int index) => index < parts.Length ? parts[index] : null;
}
