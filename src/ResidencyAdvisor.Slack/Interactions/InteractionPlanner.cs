using System.Text.Json;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// Plans button clicks, selections and the number modal's submission. Every action id carries session and turn, so the
/// core can tell a click on an old message. The number modal is opened before any other work: its trigger_id expires in
/// 3 seconds.
/// </summary>
internal sealed class InteractionPlanner(SlackTurnSender turns, NumberFormOpener forms, BestEffortCalls calls, NumberSubmissionPlanner numbers,
    BotIdentity bot, AdvisorContent content, ILogger<InteractionPlanner> logger)
{
    public EnvelopePlan Plan(SocketMessagePayload envelope)
    {
        var payload = envelope.PayloadAs(SlackJsonContext.Default.InteractionPayload);
        return payload?.Type switch
        {
            "block_actions" => PlanClick(payload),
            "view_submission" => numbers.Plan(payload, bot.TeamId),
            _ => Ignore(payload?.Type),
        };
    }

    private EnvelopePlan PlanClick(InteractionPayload payload)
    {
        if (InteractionParser.Parse(payload, bot.TeamId, content.Notices) is not { } parsed)
        {
            logger.MalformedFrame("block_actions without an action, user or channel");
            return EnvelopePlan.AckOnly;
        }

        var click = parsed.Click;
        if (parsed.Kind == ControlAction.OpenNumber)
        {
            var trigger = payload.TriggerId ?? "";
            if (parsed.NumberModal is { } modal)
            {
                return new EnvelopePlan(null, null, ct => forms.OpenAsync(click, modal, trigger, ct));
            }

            logger.UnknownAction("number button without a step");
            return new EnvelopePlan(null, null, ct => calls.TellAsync(click, content.Notices[parsed.Problem!.Value], ct));
        }

        var queue = SlackTurnSender.QueueKey(click.Team, click.User);
        if (parsed.Problem is { } problem)
        {
            logger.UnknownAction(ActionIds.Describe(parsed.ActionId));
            return EnvelopePlan.Queued(queue, ct => calls.TellAsync(click, content.Notices[problem], ct));
        }

        return parsed.Input is { } input
            ? EnvelopePlan.Queued(queue, ct => turns.SendClickAsync(click, input, parsed.Kind!.Value, parsed.Outcome, ct))
            : EnvelopePlan.AckOnly;
    }

    private EnvelopePlan Ignore(string? type)
    {
        logger.Ignored("interactive", type ?? "unknown");
        return EnvelopePlan.AckOnly;
    }
}
