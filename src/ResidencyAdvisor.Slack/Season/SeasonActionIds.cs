using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Slack.Season;

/// <summary>
/// The action ids of the season's controls. A reminder belongs to no turn of the questionnaire, so its button is a bare
/// <see cref="ControlId"/> ("ra:code"): a click means the same whenever it comes.
/// </summary>
internal static class SeasonActionIds
{
    /// <summary>"Stop reminders" under every reminder; the interaction planner must route it to the stop command.</summary>
    public const string StopReminders = ControlId.Prefix + ":stop-reminders";
}
