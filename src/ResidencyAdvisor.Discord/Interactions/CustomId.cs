using ResidencyAdvisor.Core.Interactions;
using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// A parsed custom id (Core's <see cref="ControlId"/> grammar with Discord's action codes): the action plus the
/// session and turn of the message it sat on, so the engine can tell an out-of-date click, and up to two arguments
/// (step id, choice id, section id). Nothing Core knows travels here: a number button names its step, and the form asks
/// Core for the question it opens on.
/// </summary>
internal sealed record CustomId(ControlAction Action, string SessionId, int Turn, string? Arg1 = null, string? Arg2 = null)
{
    /// <summary>Discord refuses a custom_id longer than this.</summary>
    public const int MaxLength = 100;

    /// <summary>The custom_id of the number modal's one text input, read back from its submission.</summary>
    public const string NumberInput = "value";

    private static readonly ControlCodes Codes = new(new Dictionary<ControlAction, string>
    {
        [ControlAction.Start] = "go",
        [ControlAction.Answer] = "a",
        [ControlAction.Select] = "s",
        [ControlAction.NoneOfThese] = "z",
        [ControlAction.OpenNumber] = "n",
        [ControlAction.SubmitNumber] = "m",
        [ControlAction.Back] = "b",
        [ControlAction.Restart] = "r",
        [ControlAction.Pause] = "p",
        [ControlAction.Forget] = "f",
        [ControlAction.Edit] = "e",
        [ControlAction.Confirm] = "c",
        [ControlAction.Section] = "x",
        [ControlAction.ShowResult] = "v",

        // The season companion; "rs" is the reminder's Stop button (Season/StopRemindersId) and stays out of this table.
        [ControlAction.Plan] = "pl",
        [ControlAction.Checklist] = "cl",
        [ControlAction.TickTask] = "t",
        [ControlAction.UntickTask] = "u",
        [ControlAction.WhatsNext] = "wn",
        [ControlAction.RemindersOn] = "ro",
        [ControlAction.RemindersOff] = "rf",
        [ControlAction.SetTimeZone] = "tz",
    });

    /// <summary>"Start" needs no session: it opens (or resumes) whatever the student has.</summary>
    public static CustomId Start() => new(ControlAction.Start, "", 0);

    /// <summary>The button that opens the number modal for one step.</summary>
    public static CustomId OpenNumber(string sessionId, int turn, string stepId) =>
        new(ControlAction.OpenNumber, sessionId, turn, stepId);

    public override string ToString()
    {
        var id = Codes.Write(Action, SessionId, Turn, Arg1, Arg2);
        return id.Length <= MaxLength
            ? id
            : throw new InvalidOperationException($"custom id for {Action} is longer than 100 characters");
    }

    public static bool TryParse(string? text, out CustomId id)
    {
        id = Start();
        if (text is null || text.Length > MaxLength || !Codes.TryRead(text, out var action, out var control))
        {
            return false;
        }

        // Start is the only action that belongs to no message; every other one needs its session, turn and arguments.
        if (action == ControlAction.Start || control.IsBare)
        {
            return action == ControlAction.Start && control.IsBare;
        }

        if (control.ArgCount < RequiredArgs(action))
        {
            return false;
        }

        id = new CustomId(action, control.SessionId, control.Turn, control.Arg1, control.Arg2);
        return true;
    }

    private static int RequiredArgs(ControlAction action) => action switch
    {
        ControlAction.Answer => 2,
        ControlAction.Select or ControlAction.NoneOfThese or ControlAction.OpenNumber or ControlAction.SubmitNumber or ControlAction.Section => 1,
        _ => 0,
    };
}
