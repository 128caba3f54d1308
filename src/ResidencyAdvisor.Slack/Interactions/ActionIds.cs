using System.Globalization;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// Builds and parses everything we put on a message or modal to read back later: action ids
/// ("ra:kind:session:turn[:target[:choice]]"), the block ids whose state we read, the number modal's callback id and
/// private_metadata. Action ids carry the session and turn so a click on an old message is recognised, and nothing Core
/// knows (a number's range is asked of Core when the form opens); targets are kebab/camel ids, so ':' never appears inside a part.
/// </summary>
internal static class ActionIds
{
    /// <summary>The block holding a question's answer controls; a multi-choice Submit reads the ticks from it.</summary>
    public const string AnswerBlock = "answer";

    /// <summary>The number modal's callback_id, and the block and action ids of its one input.</summary>
    public const string NumberModal = "ra-number";

    public const string NumberInputBlock = "number";

    public const string NumberInputAction = "number-input";

    private const string Prefix = "ra";

    private static readonly Dictionary<ActionKind, string> Codes = new()
    {
        [ActionKind.Answer] = "ans",
        [ActionKind.Pick] = "pick",
        [ActionKind.SubmitChoices] = "submit",
        [ActionKind.Select] = "select",
        [ActionKind.EnterNumber] = "num",
        [ActionKind.Back] = "back",
        [ActionKind.Restart] = "restart",
        [ActionKind.Pause] = "pause",
        [ActionKind.Forget] = "forget",
        [ActionKind.Edit] = "edit",
        [ActionKind.Confirm] = "confirm",
        [ActionKind.Section] = "section",
        [ActionKind.ShowResult] = "result",
    };

    private static readonly Dictionary<string, ActionKind> Kinds = Codes.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Build(ActionKind kind, string sessionId, int turn, string? target = null, string? choice = null)
    {
        var id = $"{Prefix}:{Codes[kind]}:{sessionId}:{turn.ToString(CultureInfo.InvariantCulture)}";
        if (target is not null)
        {
            id += ":" + target;
        }

        return choice is null ? id : id + ":" + choice;
    }

    /// <summary>An action id safe to log: our ids carry the student's choice, so only their kind is kept.</summary>
    public static string Describe(string? actionId) => actionId switch
    {
        null or "" => "(none)",
        _ when actionId.StartsWith(Prefix + ":", StringComparison.Ordinal) => string.Join(':', actionId.Split(':').Take(2)) + ":…",
        _ => $"a foreign id of {actionId.Length} characters",
    };

    public static bool TryParse(string? actionId, out ActionRef action)
    {
        action = null!;
        var parts = actionId?.Split(':') ?? [];
        if (parts.Length is < 4 or > 6 || parts[0] != Prefix || !Kinds.TryGetValue(parts[1], out var kind)
            || parts[2].Length == 0 || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var turn))
        {
            return false;
        }

        action = new ActionRef(kind, parts[2], turn, parts.Length > 4 ? parts[4] : null, parts.Length > 5 ? parts[5] : null);
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
