using System.Globalization;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Season;

/// <summary>
/// A reminder as one DM: its words as the message content, so the phone's notification shows the reminder itself, the
/// open tasks in an embed under it as the adapter's replies show their body, and the "Stop reminders" button.
/// </summary>
internal static class ReminderRenderer
{
    // A reminder points at the checklist rather than reproducing it: a few tasks, each on one line.
    public const int ListedTasks = 10;
    private const int TaskLength = 200;

    public static MessagePayload Render(ReminderMessage reminder, ChatLabels labels, string scope)
    {
        var embed = Tasks(reminder, labels);
        return new MessagePayload
        {
            Content = LabelFitter.Fit(reminder.Text, DiscordLimits.Content),
            Embeds = embed is null ? [] : [embed],
            Components = [Components.Row(new ComponentPayload
            {
                Type = ComponentTypes.Button,
                Style = ComponentTypes.Secondary,
                Label = LabelFitter.Fit(labels[ChatLabel.StopReminders], DiscordLimits.ButtonLabel),
                CustomId = StopRemindersId.For(scope),
            })],
            AllowedMentions = new AllowedMentionsPayload([]),
        };
    }

    private static EmbedPayload? Tasks(ReminderMessage reminder, ChatLabels labels)
    {
        if (reminder.OpenTasks.Count == 0 && string.IsNullOrWhiteSpace(reminder.OpenTasksHeading))
        {
            return null;
        }

        var lines = reminder.OpenTasks.Take(ListedTasks).Select(t => "• " + LabelFitter.Fit(t.ReplaceLineEndings(" "), TaskLength)).ToList();
        var hidden = reminder.OpenTasks.Count - lines.Count;
        if (hidden > 0)
        {
            lines.Add(LabelFitter.Fit(labels.Format(ChatLabel.MoreOnChecklist, ("count", hidden.ToString(CultureInfo.InvariantCulture))), TaskLength));
        }

        var heading = string.IsNullOrWhiteSpace(reminder.OpenTasksHeading) ? null : LabelFitter.Fit(reminder.OpenTasksHeading, DiscordLimits.EmbedTitle);
        return new EmbedPayload
        {
            Title = heading,
            Description = lines.Count == 0 ? null : string.Join("\n", lines),
            Color = EmbedPacker.Color,
        };
    }
}
