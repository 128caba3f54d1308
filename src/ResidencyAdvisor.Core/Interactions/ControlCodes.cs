using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Core.Interactions;

/// <summary>
/// One platform's table of wire codes for the <see cref="ControlAction"/>s it puts on messages, read both ways. The
/// codes are part of every message already posted, so a table may gain codes but never change one.
/// </summary>
public sealed class ControlCodes
{
    private readonly Dictionary<ControlAction, string> _codes;
    private readonly Dictionary<string, ControlAction> _actions;

    public ControlCodes(IReadOnlyDictionary<ControlAction, string> codes)
    {
        _codes = new Dictionary<ControlAction, string>(codes);
        _actions = new Dictionary<string, ControlAction>(StringComparer.Ordinal);
        foreach (var (action, code) in codes)
        {
            if (code.Length == 0 || code.Contains(':', StringComparison.Ordinal) || !_actions.TryAdd(code, action))
            {
                throw new ArgumentException($"The code '{code}' for {action} is empty, contains ':' or is used twice.", nameof(codes));
            }
        }
    }

    /// <summary>The action's code; throws for an action this platform never puts on a message.</summary>
    public string CodeOf(ControlAction action) =>
        _codes.TryGetValue(action, out var code) ? code : throw new ArgumentOutOfRangeException(nameof(action), action, "no code on this platform");

    public bool TryGetAction(string code, out ControlAction action) => _actions.TryGetValue(code, out action);

    /// <summary>The id in <see cref="ControlId"/>'s grammar; an empty session gives the bare id of an action on no message.</summary>
    public string Write(ControlAction action, string sessionId, int turn, string? arg1 = null, string? arg2 = null) =>
        new ControlId(CodeOf(action), sessionId, turn, arg1, arg2).ToString();

    /// <summary>Reads an id of this platform's codes; false for another app's id or a code this table does not have.</summary>
    public bool TryRead(string? text, out ControlAction action, out ControlId id)
    {
        action = default;
        return ControlId.TryParse(text, out id) && TryGetAction(id.Code, out action);
    }
}
