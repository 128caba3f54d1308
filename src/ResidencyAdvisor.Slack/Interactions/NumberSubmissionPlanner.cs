using System.Text.Json;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Slack.OAuth;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// The number modal's submission. The turn runs before the ack, so Core checks the number once: a number Core refuses
/// is answered in the ack with response_action "errors" and Core's message, and the modal stays open; an accepted one
/// closes it and the next question is posted in the DM. A store slower than <see cref="AckBudget"/> closes the modal
/// and the DM shows the outcome, as it does when a transport does not run <see cref="EnvelopePlan.AckWork"/>.
/// </summary>
internal sealed class NumberSubmissionPlanner(SlackTurnSender turns, AdvisorContent content, TimeProvider time)
{
    /// <summary>Slack waits 3 s for the ack; this leaves room for sending it.</summary>
    public static readonly TimeSpan AckBudget = TimeSpan.FromSeconds(2);

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
        var team = InstallationScope.Of(payload.Team?.Id ?? payload.User.TeamId ?? defaultTeam, payload.Enterprise?.Id, payload.IsEnterpriseInstall);
        var context = new ClickContext(team, user, meta.Channel, meta.MessageTs, "");
        var answer = UserInput.Answer(step, [raw], meta.SessionId, meta.Turn);
        var outcome = InteractionParser.Answered(content.Notices, raw);

        Task<Reply?>? turn = null;
        var refused = false;
        return new EnvelopePlan(null, SlackTurnSender.QueueKey(team, user), async ct =>
        {
            if (refused)
            {
                return;
            }

            var reply = turn is null ? await turns.RunAsync(context, answer, ct) : await turn;
            await turns.ShowClickAsync(context, reply, ControlAction.OpenNumber, outcome, ct);
        })
        {
            AckWork = async ct =>
            {
                turn = turns.RunAsync(context, answer, ct);
                if (!await ResponseDeadline.After(time, 0, AckBudget).MeetsAsync(turn, ct))
                {
                    return null;
                }

                var reply = await turn;
                if (reply is null || !reply.Has(NoticeKind.InvalidAnswer) || reply.Notices.Count == 0)
                {
                    return null;
                }

                refused = true;
                var message = string.Join(" ", reply.Notices.Where(n => n.Kind == NoticeKind.InvalidAnswer).Select(n => n.Text));
                var errors = new Dictionary<string, string> { [ActionIds.NumberInputBlock] = message };
                return JsonSerializer.SerializeToElement(new ViewErrorsResponsePayload("errors", errors),
                    SlackJsonContext.Default.ViewErrorsResponsePayload);
            },
        };
    }
}
