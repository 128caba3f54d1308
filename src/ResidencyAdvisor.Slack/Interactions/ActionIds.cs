using System.Globalization;
using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// Builds and parses everything we put on a message or modal to read back later: action ids (Core's
/// <see cref="ControlId"/> grammar, "ra:kind:session:turn[:target[:choice]]", with Slack's codes), the block ids whose
/// state we read, the number modal's callback id and private_metadata. Action ids carry the session and turn so a click
/// on an old message is recognised, and nothing Core knows (a number's range is asked of Core when the form opens);
/// targets are kebab/camel ids, so ':' never appears inside a part.
/// </summary>
internal static class ActionIds
{
    /// <summary>The block holding a question's answer controls; a multi-choice Submit reads the ticks from it.</summary>
    public const string AnswerBlock = "answer";

    /// <summary>The number modal's callback_id, and the block and action ids of its one input.</summary>
    public const string NumberModal = "ra-number";

    public const string NumberInputBlock = "number";

    public const string NumberInputAction = "number-input";

    private static readonly ControlCodes Codes = new(new Dictionary<ControlAction, string>
    {
        [ControlAction.Answer] = "ans",
        [ControlAction.Pick] = "pick",
        [ControlAction.SubmitChoices] = "submit",
        [ControlAction.Select] = "select",
        [ControlAction.OpenNumber] = "num",
        [ControlAction.Back] = "back",
        [ControlAction.Restart] = "restart",
        [ControlAction.Pause] = "pause",
        [ControlAction.Forget] = "forget",
        [ControlAction.Edit] = "edit",
        [ControlAction.Confirm] = "confirm",
        [ControlAction.Section] = "section",
        [ControlAction.ShowResult] = "result",
        [ControlAction.Plan] = "plan",
        [ControlAction.Checklist] = "checklist",
        [ControlAction.TickTask] = "tick",
        [ControlAction.UntickTask] = "untick",
        [ControlAction.WhatsNext] = "next",
        [ControlAction.RemindersOn] = "remind",

        // The reminder's button is the bare "ra:stop-reminders" (SeasonActionIds.StopReminders), so this code is it.
        [ControlAction.RemindersOff] = "stop-reminders",
    });

    public static string Build(ControlAction kind, string sessionId, int turn, string? target = null, string? choice = null) =>
        Codes.Write(kind, sessionId, turn, target, choice);

    /// <summary>An action id safe to log: our ids carry the student's choice, so only their kind is kept.</summary>
    public static string Describe(string? actionId) => ControlId.Describe(actionId);

    public static bool TryParse(string? actionId, out ActionRef action)
    {
        action = null!;
        // Only "Stop reminders" is bare: a reminder belongs to no turn, and stopping means the same whenever it is clicked.
        if (!Codes.TryRead(actionId, out var kind, out var control) || (control.IsBare && kind != ControlAction.RemindersOff))
        {
            return false;
        }

        action = new ActionRef(kind, control.SessionId, control.Turn, control.Arg1, control.Arg2);
        return true;
    }

    /// <summary>The number modal's private_metadata: the (session, turn, step) it answers and the message to retire.</summary>
    public static string Metadata(NumberModalMetadata metadata) => string.Join(':', metadata.SessionId, Number(metadata.Turn),
        metadata.StepId, metadata.Channel, metadata.MessageTs);

    /// <summary>Reads the metadata; a modal opened by an older release carries a range after these parts, which is ignored.</summary>
    public static bool TryParseMetadata(string? text, out NumberModalMetadata metadata)
    {
        metadata = null!;
        var parts = text?.Split(':') ?? [];
        if (parts.Length is not (5 or 7) || !TryNumber(parts[1], out var turn))
        {
            return false;
        }

        metadata = new NumberModalMetadata(parts[0], turn, parts[2], parts[3], parts[4]);
        return true;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
