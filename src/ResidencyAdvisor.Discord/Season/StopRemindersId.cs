using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Discord.Season;

/// <summary>
/// The custom id of a reminder's "Stop reminders" button, in Core's <see cref="ControlId"/> grammar:
/// "ra:rs:{scope}:0". A reminder belongs to no turn of a conversation, so the session slot carries the scope (the
/// server id, or "dm") whose subscription it stops: the click comes from the DM, which cannot tell which server the
/// student subscribed in. The user is the one who clicked, never a value from the id.
/// </summary>
internal static class StopRemindersId
{
    /// <summary>The action code; Interactions' table of codes must not reuse it.</summary>
    public const string Code = "rs";

    public static string For(string scope) => new ControlId(Code, scope, 0).ToString();

    public static bool TryRead(string? customId, out string scope)
    {
        scope = "";
        if (!ControlId.TryParse(customId, out var id) || id.Code != Code || id.IsBare)
        {
            return false;
        }

        scope = id.SessionId;
        return true;
    }
}
