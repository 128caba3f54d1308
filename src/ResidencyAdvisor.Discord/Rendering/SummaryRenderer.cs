using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using static ResidencyAdvisor.Discord.Rendering.Components;

namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>All answers as embed fields, a select to change any of them, and "See my recommendation".</summary>
internal static class SummaryRenderer
{
    private const int FieldNameLength = 100;

    public static (EmbedPayload Embed, List<ComponentPayload> Rows) Render(SummaryView view, string sessionId, int turn)
    {
        const string title = "Your answers";
        const string description = "Check your answers. Pick one below to change it, or see your recommendation.";
        var lines = view.Lines.Take(DiscordLimits.EmbedFields).ToList();
        var names = lines.Select(l => LabelFitter.Fit(l.Title, FieldNameLength)).ToList();

        // Fields share the 6000-character embed total, so each answer gets an equal share of what the names leave.
        var share = lines.Count == 0 ? DiscordLimits.FieldValue
            : Math.Clamp((DiscordLimits.EmbedTotal - title.Length - description.Length - names.Sum(n => n.Length)) / lines.Count, 1, DiscordLimits.FieldValue);
        var embed = new EmbedPayload
        {
            Title = title,
            Description = description,
            Color = EmbedPacker.Color,
            Fields = [.. lines.Select((l, i) => new EmbedFieldPayload(
                names[i], LabelFitter.Fit(string.IsNullOrWhiteSpace(l.Answer) ? "—" : l.Answer, share), Inline: true))],
        };
        var rows = new List<ComponentPayload>();
        if (view.Lines.Count > 0)
        {
            var options = view.Lines.Select(l => Option(l.Title, l.StepId, l.Answer));
            rows.Add(Row(Select(new CustomId(ControlAction.Edit, sessionId, turn), "Change an answer…", options, 1, 1)));
        }

        rows.Add(Row(
            Button("See my recommendation", new CustomId(ControlAction.Confirm, sessionId, turn), ComponentTypes.Success),
            Button("Back", new CustomId(ControlAction.Back, sessionId, turn)),
            Button("Start over", new CustomId(ControlAction.Restart, sessionId, turn)),
            Button("Forget my answers", new CustomId(ControlAction.Forget, sessionId, turn), ComponentTypes.Danger)));
        return (embed, rows);
    }
}
