using System.Globalization;

namespace ResidencyAdvisor.Slack.Rendering;

/// <summary>
/// Builds and parses action ids: "ra:kind:session:turn[:target[:choice]]". They carry the session and turn so a click on
/// an old message is recognised; targets are kebab/camel ids, so ':' never appears inside a part.
/// </summary>
internal static class ActionIds
{
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
}
