using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// A parsed custom id (Core's <see cref="ControlId"/> grammar with Discord's action codes): the action plus the
/// session and turn of the message it sat on, so the engine can tell an out-of-date click, and up to two arguments
/// (step id, choice id, section id). Nothing Core knows travels here: a number button names its step, and the form asks
/// Core for the question it opens on.
/// </summary>
internal sealed record CustomId(CustomIdAction Action, string SessionId, int Turn, string? Arg1 = null, string? Arg2 = null)
{
    /// <summary>Discord refuses a custom_id longer than this.</summary>
    public const int MaxLength = 100;

    /// <summary>The custom_id of the number modal's one text input, read back from its submission.</summary>
    public const string NumberInput = "value";

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
        var id = (Action == CustomIdAction.Start ? ControlId.Bare(Codes[Action]) : new ControlId(Codes[Action], SessionId, Turn, Arg1, Arg2)).ToString();
        return id.Length <= MaxLength
            ? id
            : throw new InvalidOperationException($"custom id for {Action} is longer than 100 characters");
    }

    public static bool TryParse(string? text, out CustomId id)
    {
        id = Start();
        if (text is null || text.Length > MaxLength || !ControlId.TryParse(text, out var control)
            || !Actions.TryGetValue(control.Code, out var action))
        {
            return false;
        }

        // Start is the only action that belongs to no message; every other one needs its session, turn and arguments.
        if (action == CustomIdAction.Start || control.IsBare)
        {
            return action == CustomIdAction.Start && control.IsBare;
        }

        if (control.ArgCount < RequiredArgs(action))
        {
            return false;
        }

        id = new CustomId(action, control.SessionId, control.Turn, control.Arg1, control.Arg2);
        return true;
    }

    private static int RequiredArgs(CustomIdAction action) => action switch
    {
        CustomIdAction.Answer => 2,
        CustomIdAction.Select or CustomIdAction.NoneOfThese or CustomIdAction.OpenNumber or CustomIdAction.SubmitNumber or CustomIdAction.Section => 1,
        _ => 0,
    };
}
