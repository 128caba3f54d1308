using System.Globalization;
using System.Text.Json;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// The number modal's submission. A value that is not a whole number, or out of range, is answered in the ack with
/// response_action "errors", so the modal stays open and shows why; a good value closes it and is answered in the DM.
/// </summary>
internal sealed class NumberSubmissionPlanner(TurnRunner turns)
{
    public EnvelopePlan Plan(InteractionPayload payload, string defaultTeam)
    {
        var view = payload.View;
        if (view?.CallbackId != ActionIds.NumberModal || !ActionIds.TryParseMetadata(view.PrivateMetadata, out var meta)
            || !Step.TryParse(meta.StepId, out var step) || payload.User?.Id is not { } user)
        {
            return EnvelopePlan.AckOnly;
        }

        var raw = view.State?.Values is { } values && values.TryGetValue(ActionIds.NumberInputBlock, out var block)
            && block.TryGetValue(ActionIds.NumberInputAction, out var input) ? input.Value?.Trim() ?? "" : "";
        if (Problem(raw, meta) is { } problem)
        {
            var errors = new Dictionary<string, string> { [ActionIds.NumberInputBlock] = problem };
            var ack = JsonSerializer.SerializeToElement(new ViewErrorsResponsePayload("errors", errors),
                SlackJsonContext.Default.ViewErrorsResponsePayload);
            return new EnvelopePlan(ack, null, null);
        }

        var team = payload.Team?.Id ?? payload.User.TeamId ?? defaultTeam;
        var context = new ClickContext(team, user, meta.Channel, meta.MessageTs, "");
        var answer = UserInput.Answer(step, [raw], meta.SessionId, meta.Turn);
        return EnvelopePlan.Queued(TurnRunner.QueueKey(team, user),
            ct => turns.HandleClickAsync(context, answer, ActionKind.EnterNumber, "Your answer: " + raw, ct));
    }

    internal static string? Problem(string raw, NumberModalMetadata meta)
    {
        if (!int.TryParse(raw, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value))
        {
            return $"Please enter a whole number from {meta.Min} to {meta.Max}, using digits only.";
        }

        return value < meta.Min || value > meta.Max ? $"That's outside the range: enter a whole number from {meta.Min} to {meta.Max}." : null;
    }
}
