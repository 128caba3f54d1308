using ResidencyAdvisor.Core;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;
using static ResidencyAdvisor.Discord.Rendering.Components;

namespace ResidencyAdvisor.Discord.Season;

/// <summary>The season's buttons, each carrying the session and turn of the message it sits on like every other.</summary>
internal static class SeasonButtons
{
    /// <summary>Under the recommendation: the plan, the checklist and reminders.</summary>
    public static IEnumerable<ComponentPayload> ForResult(ChatLabels labels, string sessionId, int turn) =>
    [
        Button(labels[ChatLabel.SendMyPlan], new CustomId(ControlAction.Plan, sessionId, turn), ComponentTypes.Primary),
        Button(labels[ChatLabel.MyChecklist], new CustomId(ControlAction.Checklist, sessionId, turn), ComponentTypes.Primary),
        Button(labels[ChatLabel.RemindMe], new CustomId(ControlAction.RemindersOn, sessionId, turn)),
    ];

    /// <summary>
    /// One row under the checklist or the coming dates: the other season views, reminders, and the way back to the
    /// recommendation (the view replaced it in the same message).
    /// </summary>
    public static ComponentPayload Row(ChatLabels labels, string sessionId, int turn, ControlAction shown)
    {
        var buttons = new List<ComponentPayload>
        {
            Button(labels[ChatLabel.SendMyPlan], new CustomId(ControlAction.Plan, sessionId, turn), ComponentTypes.Primary),
        };
        if (shown != ControlAction.Checklist)
        {
            buttons.Add(Button(labels[ChatLabel.MyChecklist], new CustomId(ControlAction.Checklist, sessionId, turn)));
        }

        if (shown != ControlAction.WhatsNext)
        {
            buttons.Add(Button(labels[ChatLabel.WhatsNext], new CustomId(ControlAction.WhatsNext, sessionId, turn)));
        }

        buttons.Add(Button(labels[ChatLabel.RemindMe], new CustomId(ControlAction.RemindersOn, sessionId, turn)));
        buttons.Add(Button(labels[ChatLabel.BackToMyRecommendation], new CustomId(ControlAction.ShowResult, sessionId, turn), ComponentTypes.Success));
        return Components.Row([.. buttons]);
    }
}
