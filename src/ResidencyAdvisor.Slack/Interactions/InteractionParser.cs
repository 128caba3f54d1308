using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Slack.OAuth;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.Interactions;

/// <summary>Reads a button click, selection or checkbox submit into a core input; never throws on bad input.</summary>
internal static class InteractionParser
{
    /// <summary>Null when the click names no action, user or channel, so there is nothing to answer.</summary>
    public static ParsedInteraction? Parse(InteractionPayload payload, string defaultTeam, StudentNotices notices)
    {
        var action = payload.Actions is { Count: > 0 } actions ? actions[0] : null;
        var user = payload.User?.Id;
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        if (action is null || user is null || channel is null)
        {
            return null;
        }

        var team = InstallationScope.Of(payload.Team?.Id ?? payload.User?.TeamId ?? defaultTeam, payload.Enterprise?.Id, payload.IsEnterpriseInstall);
        var click = new ClickContext(team, user, channel, payload.Container?.MessageTs ?? payload.Message?.Ts ?? "", payload.Message?.Text ?? "");
        var parsed = new ParsedInteraction(click, action.ActionId ?? "");
        if (!ActionIds.TryParse(action.ActionId, out var id))
        {
            return parsed with { Problem = StudentNotice.UnknownButton };
        }

        parsed = parsed with { Kind = id.Kind };
        switch (id.Kind)
        {
            case ControlAction.OpenNumber:
                return id.Target is { } step
                    ? parsed with { NumberModal = new NumberModalMetadata(id.SessionId, id.Turn, step, channel, click.MessageTs) }
                    : parsed with { Problem = StudentNotice.UnreadableAnswer };
            case ControlAction.Pick:
                // Ticking a checkbox submits nothing; the Submit button reads the ticks from the message state.
                return parsed;
        }

        return ToInput(id, action, payload.State, notices) is { } input
            ? parsed with { Input = input.Input, Outcome = input.Outcome }
            : parsed with { Problem = StudentNotice.UnreadableAnswer };
    }

    private static (UserInput Input, string Outcome)? ToInput(ActionRef action, ActionPayload payload, StatePayload? state, StudentNotices notices)
    {
        var (session, turn) = (action.SessionId, action.Turn);
        Step step = default;
        var hasStep = action.Target is { } target && Step.TryParse(target, out step);
        return action.Kind switch
        {
            ControlAction.Answer when hasStep && action.Choice is { } choice =>
                (UserInput.Answer(step, [choice], session, turn), Answered(notices, payload.Text?.Text ?? choice)),
            ControlAction.Select when hasStep && payload.SelectedOption?.Value is { } value =>
                (UserInput.Answer(step, [value], session, turn), Answered(notices, payload.SelectedOption.Text?.Text ?? value)),
            ControlAction.SubmitChoices when hasStep => Ticked(step, action, state, notices),
            ControlAction.Back => (UserInput.Command(InputKind.Back, session, turn), notices[StudentNotice.WentBack]),
            ControlAction.Restart => (UserInput.Command(InputKind.Restart, session, turn), notices[StudentNotice.StartedOver]),
            ControlAction.Pause => (UserInput.Command(InputKind.Pause, session, turn), notices[StudentNotice.Paused]),
            ControlAction.Forget => (UserInput.Command(InputKind.Forget, session, turn), notices[StudentNotice.AnswersErased]),
            ControlAction.Confirm => (UserInput.Command(InputKind.Confirm, session, turn), notices[StudentNotice.AnswersConfirmed]),
            ControlAction.ShowResult => (UserInput.Command(InputKind.ShowResult, session, turn), ""),
            ControlAction.Edit when hasStep => (UserInput.Edit(step, session, turn), notices[StudentNotice.ChangingAnswer]),
            ControlAction.Section when action.Target is { } section => (UserInput.OpenSection(section, session, turn), ""),
            // The season's buttons are not pinned to their turn: a tick moves the turn on, and the recommendation's
            // "Send me my plan" must keep working after it. They only read what is saved, so an old one is harmless.
            ControlAction.Plan => (UserInput.Command(InputKind.Plan), ""),
            ControlAction.Checklist => (UserInput.Command(InputKind.Checklist), ""),
            ControlAction.WhatsNext => (UserInput.Command(InputKind.WhatsNext), ""),
            ControlAction.RemindersOn => (UserInput.Command(InputKind.RemindersOn), ""),
            ControlAction.RemindersOff => (UserInput.Command(InputKind.RemindersOff), notices[StudentNotice.RemindersStopped]),
            // A tick is pinned: its number means the task on the checklist it was picked from, and no other.
            ControlAction.TickTask or ControlAction.UntickTask when TaskNumber(action, payload) is { } number =>
                (new UserInput(action.Kind == ControlAction.TickTask ? InputKind.TickTask : InputKind.UntickTask, [number], null, session, turn), ""),
            _ => null,
        };
    }

    private static (UserInput Input, string Outcome) Ticked(Step step, ActionRef action, StatePayload? state, StudentNotices notices)
    {
        var pickId = ActionIds.Build(ControlAction.Pick, action.SessionId, action.Turn, action.Target);
        var ticked = state?.Values is { } values && values.TryGetValue(ActionIds.AnswerBlock, out var block)
            && block.TryGetValue(pickId, out var boxes) && boxes.SelectedOptions is { } options
            ? options.Where(o => o.Value is not null).ToArray()
            : [];
        var outcome = ticked.Length == 0 ? notices[StudentNotice.NoneTicked] : string.Join(", ", ticked.Select(o => o.Text?.Text ?? o.Value));
        return (UserInput.Answer(step, [.. ticked.Select(o => o.Value!)], action.SessionId, action.Turn), Answered(notices, outcome));
    }

    /// <summary>The task's number: the chosen option's value of a select, or the control's own argument for a button.</summary>
    private static string? TaskNumber(ActionRef action, ActionPayload payload)
    {
        var number = payload.SelectedOption?.Value ?? action.Target;
        return int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? number
            : null;
    }

    /// <summary>What the answered message says: the choice as the student saw it.</summary>
    public static string Answered(StudentNotices notices, string answer) => notices.Format(StudentNotice.Answered, ("answer", answer));
}
