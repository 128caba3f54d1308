using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;
using static ResidencyAdvisor.Discord.Rendering.Components;

namespace ResidencyAdvisor.Discord.Season;

/// <summary>The season's buttons, each carrying the session and turn of the message it sits on like every other.</summary>
internal static class SeasonButtons
{
    /// <summary>Under the recommendation: the plan, the checklist and reminders.</summary>
    public static IEnumerable<ComponentPayload> ForResult(string sessionId, int turn) =>
    [
        Button(SeasonLabels.SendPlan, new CustomId(ControlAction.Plan, sessionId, turn), ComponentTypes.Primary),
        Button(SeasonLabels.MyChecklist, new CustomId(ControlAction.Checklist, sessionId, turn), ComponentTypes.Primary),
        Button(SeasonLabels.RemindMe, new CustomId(ControlAction.RemindersOn, sessionId, turn)),
    ];

    /// <summary>
    /// One row under the checklist or the coming dates: the other season views, reminders, and the way back to the
    /// recommendation (the view replaced it in the same message).
    /// </summary>
    public static ComponentPayload Row(string sessionId, int turn, ControlAction shown)
    {
        var buttons = new List<ComponentPayload>
        {
            Button(SeasonLabels.SendPlan, new CustomId(ControlAction.Plan, sessionId, turn), ComponentTypes.Primary),
        };
        if (shown != ControlAction.Checklist)
        {
            buttons.Add(Button(SeasonLabels.MyChecklist, new CustomId(ControlAction.Checklist, sessionId, turn)));
        }

        if (shown != ControlAction.WhatsNext)
        {
            buttons.Add(Button(SeasonLabels.WhatsNext, new CustomId(ControlAction.WhatsNext, sessionId, turn)));
        }

        buttons.Add(Button(SeasonLabels.RemindMe, new CustomId(ControlAction.RemindersOn, sessionId, turn)));
        buttons.Add(Button(SeasonLabels.BackToRecommendation, new CustomId(ControlAction.ShowResult, sessionId, turn), ComponentTypes.Success));
        return Components.Row([.. buttons]);
    }
}
