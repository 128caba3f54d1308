using ResidencyAdvisor.Core;
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

    // A reworded intro stays a line or two, so 25 answers always keep room in the 6000-character embed total.
    private const int IntroLength = 1000;

    public static (EmbedPayload Embed, List<ComponentPayload> Rows) Render(SummaryView view, ChatLabels labels, string sessionId, int turn)
    {
        var title = LabelFitter.Fit(labels[ChatLabel.YourAnswers], DiscordLimits.EmbedTitle);
        var description = LabelFitter.Fit(labels[ChatLabel.SummaryPickToChange], IntroLength);
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
            rows.Add(Row(Select(new CustomId(ControlAction.Edit, sessionId, turn), labels[ChatLabel.ChangeAnAnswer], options, 1, 1)));
        }

        rows.Add(Row(
            Button(labels[ChatLabel.SeeMyRecommendation], new CustomId(ControlAction.Confirm, sessionId, turn), ComponentTypes.Success),
            Button(labels[ChatLabel.Back], new CustomId(ControlAction.Back, sessionId, turn)),
            Button(labels[ChatLabel.StartOver], new CustomId(ControlAction.Restart, sessionId, turn)),
            Button(labels[ChatLabel.ForgetMyAnswers], new CustomId(ControlAction.Forget, sessionId, turn), ComponentTypes.Danger)));
        return (embed, rows);
    }
}
