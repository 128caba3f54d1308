using System.Text;
using ResidencyAdvisor.Core;
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
    public static MessagePayload Message(PlanView plan, ChatLabels labels, string notices)
    {
        var line = labels.Format(ChatLabel.PlanAttached, ("file", plan.FileName), ("progress", plan.Checklist.Progress));
        return new MessagePayload
        {
            Content = LabelFitter.Fit(notices.Length == 0 ? line : notices + "\n" + line, DiscordLimits.Content),
            Embeds = [],
            Components = [],
            AllowedMentions = new AllowedMentionsPayload([]),
        };
    }

    public static MessageFile File(PlanView plan, ChatLabels labels) =>
        new(plan.FileName, Encoding.UTF8.GetBytes(plan.Markdown), MessageFile.Markdown, labels[ChatLabel.PlanFileDescription]);
}
