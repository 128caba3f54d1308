using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using static ResidencyAdvisor.Discord.Rendering.Components;

namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>All answers as embed fields, a select to change any of them, and "See my recommendation".</summary>
internal static class SummaryRenderer
{
    public static (EmbedPayload Embed, List<ComponentPayload> Rows) Render(SummaryView view, string sessionId, int turn)
    {
        var embed = new EmbedPayload
        {
            Title = "Your answers",
            Description = "Check your answers. Pick one below to change it, or see your recommendation.",
            Color = EmbedPacker.Color,
            Fields = [.. view.Lines.Take(DiscordLimits.EmbedFields).Select(l => new EmbedFieldPayload(
                DiscordLimits.Fit(l.Title, DiscordLimits.FieldName),
                DiscordLimits.Fit(string.IsNullOrWhiteSpace(l.Answer) ? "—" : l.Answer, DiscordLimits.FieldValue),
                Inline: true))],
        };
        var rows = new List<ComponentPayload>();
        if (view.Lines.Count > 0)
        {
            var options = view.Lines.Select(l => Option(l.Title, l.StepId, l.Answer));
            rows.Add(Row(Select(new CustomId(CustomIdAction.Edit, sessionId, turn), "Change an answer…", options, 1, 1)));
        }

        rows.Add(Row(
            Button("See my recommendation", new CustomId(CustomIdAction.Confirm, sessionId, turn), ComponentTypes.Success),
            Button("Back", new CustomId(CustomIdAction.Back, sessionId, turn)),
            Button("Start over", new CustomId(CustomIdAction.Restart, sessionId, turn)),
            Button("Forget my answers", new CustomId(CustomIdAction.Forget, sessionId, turn), ComponentTypes.Danger)));
        return (embed, rows);
    }
}
