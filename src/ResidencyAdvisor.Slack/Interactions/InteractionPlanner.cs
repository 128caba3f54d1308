using System.Text.Json;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Slack.Payloads;
using ResidencyAdvisor.Slack.Rendering;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>
/// Button clicks, selections and the number modal. Every action id carries session and turn, so the core can tell a
/// click on an old message. The number modal is opened before any other work: its trigger_id expires in 3 seconds.
/// </summary>
internal sealed class InteractionHandler(ConversationResponder responder, NumberSubmissionHandler numbers, BotIdentity bot,
    ILogger<InteractionHandler> logger)
{
    public EnvelopePlan Plan(SocketMessagePayload envelope)
    {
        var payload = envelope.Payload.Deserialize(SlackJsonContext.Default.InteractionPayload);
        return payload?.Type switch
        {
            "block_actions" => PlanClick(payload),
            "view_submission" => numbers.Plan(payload, bot.TeamId),
            _ => Ignore(payload?.Type),
        };
    }

    private EnvelopePlan PlanClick(InteractionPayload payload)
    {
        var action = payload.Actions is { Count: > 0 } actions ? actions[0] : null;
        var user = payload.User?.Id;
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        if (action is null || user is null || channel is null)
        {
            logger.MalformedFrame("block_actions without an action, user or channel");
            return EnvelopePlan.AckOnly;
        }

        var team = payload.Team?.Id ?? payload.User?.TeamId ?? bot.TeamId;
        var context = new ClickContext(team, user, channel, payload.Container?.MessageTs ?? payload.Message?.Ts ?? "", payload.Message?.Text ?? "");
        if (!ActionIds.TryParse(action.ActionId, out var parsed))
        {
            logger.UnknownAction(ActionIds.Describe(action.ActionId));
            return EnvelopePlan.Queued(ConversationResponder.QueueKey(team, user),
                ct => responder.TellAsync(context, "Sorry, I don't recognise that button, so nothing changed.", ct));
        }

        if (parsed.Kind == ActionKind.EnterNumber)
        {
            var trigger = payload.TriggerId ?? "";
            return new EnvelopePlan(null, null, ct => responder.OpenNumberModalAsync(context, parsed, trigger, action.Value, ct));
        }

        if (parsed.Kind == ActionKind.Pick)
        {
            // Ticking a checkbox submits nothing; the Submit button reads the ticks from the message state.
            return EnvelopePlan.AckOnly;
        }

        if (ToInput(parsed, action, payload.State) is not { } click)
        {
            logger.UnknownAction(ActionIds.Describe(action.ActionId));
            return EnvelopePlan.Queued(ConversationResponder.QueueKey(team, user),
                ct => responder.TellAsync(context, "Sorry, I couldn't read that answer, so nothing changed.", ct));
        }

        return EnvelopePlan.Queued(ConversationResponder.QueueKey(team, user),
            ct => responder.HandleClickAsync(context, click.Input, parsed.Kind, click.Outcome, ct));
    }

    private static (UserInput Input, string Outcome)? ToInput(ActionRef action, ActionPayload payload, StatePayload? state)
    {
        var (session, turn) = (action.SessionId, action.Turn);
        Step step = default;
        var hasStep = action.Target is { } target && StepIds.TryParse(target, out step);
        return action.Kind switch
        {
            ActionKind.Answer when hasStep && action.Choice is { } choice =>
                (UserInput.Answer(step, [choice], session, turn), "Your answer: " + (payload.Text?.Text ?? choice)),
            ActionKind.Select when hasStep && payload.SelectedOption?.Value is { } value =>
                (UserInput.Answer(step, [value], session, turn), "Your answer: " + (payload.SelectedOption.Text?.Text ?? value)),
            ActionKind.SubmitChoices when hasStep => Ticked(step, action, state),
            ActionKind.Back => (UserInput.Command(InputKind.Back, session, turn), "You went back."),
            ActionKind.Restart => (UserInput.Command(InputKind.Restart, session, turn), "You started over."),
            ActionKind.Pause => (UserInput.Command(InputKind.Cancel, session, turn), "Paused."),
            ActionKind.Forget => (UserInput.Command(InputKind.Forget, session, turn), "Your answers were erased."),
            ActionKind.Confirm => (UserInput.Command(InputKind.Confirm, session, turn), "Answers confirmed."),
            ActionKind.ShowResult => (UserInput.Command(InputKind.ShowResult, session, turn), ""),
            ActionKind.Edit when hasStep => (UserInput.Edit(step, session, turn), "Changing an answer."),
            ActionKind.Section when action.Target is { } section => (UserInput.OpenSection(section, session, turn), ""),
            _ => null,
        };
    }

    private static (UserInput Input, string Outcome) Ticked(Step step, ActionRef action, StatePayload? state)
    {
        var pickId = ActionIds.Build(ActionKind.Pick, action.SessionId, action.Turn, action.Target);
        var ticked = state?.Values is { } values && values.TryGetValue(QuestionRenderer.AnswerBlockId, out var block)
            && block.TryGetValue(pickId, out var boxes) && boxes.SelectedOptions is { } options
            ? options.Where(o => o.Value is not null).ToArray()
            : [];
        var outcome = ticked.Length == 0 ? "None of these" : string.Join(", ", ticked.Select(o => o.Text?.Text ?? o.Value));
        return (UserInput.Answer(step, [.. ticked.Select(o => o.Value!)], action.SessionId, action.Turn), "Your answer: " + outcome);
    }

    private EnvelopePlan Ignore(string? type)
    {
        logger.Ignored("interactive", type ?? "unknown");
        return EnvelopePlan.AckOnly;
    }
}
