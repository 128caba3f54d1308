using System.Globalization;

namespace ResidencyAdvisor.Core.Io;

/// <summary>
/// The one grammar of the ids both adapters put on buttons and menus and read back when they are used:
/// "ra:code:session:turn[:arg1[:arg2]]", or just "ra:code" for an action that belongs to no message. The session and
/// turn let the engine tell a click on an old message; the arguments are step, choice or section ids (kebab or camel
/// case, so ':' never appears inside a part). Each adapter keeps its own table of codes and its platform's length limit.
/// </summary>
public readonly record struct ControlId(string Code, string SessionId, int Turn, string? Arg1 = null, string? Arg2 = null)
{
    public const string Prefix = "ra";

    /// <summary>Session ids are 32 hex characters or fewer; a longer one is not ours.</summary>
    public const int MaxSessionLength = 32;

    private const char Separator = ':';

    /// <summary>An id that names only its action, for one that belongs to no message (Discord's Start button).</summary>
    public static ControlId Bare(string code) => new(code, "", 0);

    /// <summary>True for an id built by <see cref="Bare"/>.</summary>
    public bool IsBare => SessionId.Length == 0;

    /// <summary>How many arguments the id carries (0–2).</summary>
    public int ArgCount => Arg1 is null ? 0 : Arg2 is null ? 1 : 2;

    public override string ToString()
    {
        if (IsBare)
        {
            return Prefix + Separator + Code;
        }

        var id = string.Join(Separator, Prefix, Code, SessionId, Turn.ToString(CultureInfo.InvariantCulture));
        if (Arg1 is not null)
        {
            id += Separator + Arg1;
            if (Arg2 is not null)
            {
                id += Separator + Arg2;
            }
        }

        return id;
    }

    /// <summary>
    /// Reads an id of this grammar; false for anything else (another app's id, a damaged or over-long part). Parts after
    /// the two arguments are ignored: an older release put a number's range there, and its buttons may still be clicked.
    /// </summary>
    public static bool TryParse(string? text, out ControlId id)
    {
        id = default;
        var parts = text?.Split(Separator) ?? [];
        if (parts.Length is < 2 or 3 || parts[0] != Prefix || parts[1].Length == 0)
        {
            return false;
        }

        if (parts.Length == 2)
        {
            id = Bare(parts[1]);
            return true;
        }

        if (parts[2].Length is 0 or > MaxSessionLength
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var turn))
        {
            return false;
        }

        id = new ControlId(parts[1], parts[2], turn, parts.Length > 4 ? parts[4] : null, parts.Length > 5 ? parts[5] : null);
        return true;
    }

    /// <summary>An id safe to log: ours carry the student's choice, so only the prefix and action code are kept.</summary>
    public static string Describe(string? text) => text switch
    {
        null or "" => "(none)",
        _ when text.StartsWith(Prefix + Separator, StringComparison.Ordinal) =>
            string.Join(Separator, text.Split(Separator).Take(2)) + ":…",
        _ => $"a foreign id of {text.Length} characters",
    };
}
