using System.Globalization;
using System.Text;
using ResidencyAdvisor.Core.Conversations.Views;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;
using ResidencyAdvisor.Discord.Rest;

namespace ResidencyAdvisor.Discord.Season;

/// <summary>The plan as a message with one line and the Markdown file attached, byte for byte what Core wrote.</summary>
internal static class PlanRenderer
{
    /// <param name="notices">The turn's notes, shown above the line (empty for none).</param>
    public static MessagePayload Message(PlanView plan, string notices)
    {
        var line = string.Format(CultureInfo.InvariantCulture, SeasonLabels.PlanAttached, plan.FileName, plan.Checklist.Progress);
        return new MessagePayload
        {
            Content = LabelFitter.Fit(notices.Length == 0 ? line : notices + "\n" + line, DiscordLimits.Content),
            Embeds = [],
            Components = [],
            AllowedMentions = new AllowedMentionsPayload([]),
        };
    }

    public static MessageFile File(PlanView plan) =>
        new(plan.FileName, Encoding.UTF8.GetBytes(plan.Markdown), MessageFile.Markdown, SeasonLabels.PlanDescription);
}
