using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Season;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>Reads a slash command, click, select or modal submit into a core input; never throws on bad input.</summary>
internal static class InteractionParser
{
    public const string CommandName = "advise";
    public const string ActionOption = "action";

    /// <summary>The /advise action choices' values, which Discord sends back; a registered value must never change.</summary>
    public const string Restart = "restart";
    public const string Forget = "forget";
    public const string Plan = "plan";
    public const string Checklist = "checklist";
    public const string WhatsNext = "whats-next";
    public const string Reminders = "reminders";
    public const string StopReminders = "stop-reminders";

    /// <summary>Null when the payload names no user, so there is nobody to answer.</summary>
    public static ParsedInteraction? Parse(InteractionPayload interaction)
    {
        // Discord sends member (with its user) only in a server and user only elsewhere: a member in a payload without
        // guild_id must not pick whose DM conversation this is.
        var inGuild = !string.IsNullOrEmpty(interaction.GuildId);
        var userId = inGuild ? interaction.Member?.User?.Id ?? interaction.User?.Id : interaction.User?.Id;
        if (string.IsNullOrEmpty(userId))
        {
            return null;
        }

        var key = new ConversationKey(DiscordServiceCollectionExtensions.Platform, inGuild ? interaction.GuildId! : "dm", userId);
        var parsed = new ParsedInteraction(key, inGuild, interaction.Message is not null);
        return interaction.Type switch
        {
            InteractionTypes.ApplicationCommand => Command(parsed, interaction.Data),
            InteractionTypes.MessageComponent or InteractionTypes.ModalSubmit => Component(parsed, interaction.Data),
            _ => null,
        };
    }

    private static ParsedInteraction Command(ParsedInteraction parsed, InteractionDataPayload? data)
    {
        if (data?.Name != CommandName)
        {
            return parsed with { Problem = StudentNotice.UnknownCommand };
        }

        var action = data.Options?.FirstOrDefault(o => o.Name == ActionOption)?.Value?.ToString();
        return parsed with
        {
            Input = action switch
            {
                Forget => UserInput.Command(InputKind.Forget),
                Restart => UserInput.Command(InputKind.Restart),
                Plan => UserInput.Command(InputKind.Plan),
                Checklist => UserInput.Command(InputKind.Checklist),
                WhatsNext => UserInput.Command(InputKind.WhatsNext),
                Reminders => UserInput.Command(InputKind.RemindersOn),
                StopReminders => UserInput.Command(InputKind.RemindersOff),
                _ => UserInput.Start(),
            },
        };
    }

    private static ParsedInteraction Component(ParsedInteraction parsed, InteractionDataPayload? data)
    {
        // A reminder's Stop button belongs to no conversation turn: it names the scope whose subscription it stops.
        if (StopRemindersId.TryRead(data?.CustomId, out var scope))
        {
            return parsed with { StopRemindersScope = scope };
        }

        if (!CustomId.TryParse(data?.CustomId, out var id))
        {
            return parsed with { Problem = StudentNotice.UnknownButton };
        }

        if (id.Action == ControlAction.OpenNumber)
        {
            return TryStep(id.Arg1, out _)
                ? parsed with { ModalOpener = id }
                : parsed with { Problem = StudentNotice.UnknownButton };
        }

        var input = ToInput(id, data!);
        return input is null ? parsed with { Problem = StudentNotice.UnknownButton } : parsed with { Input = input };
    }

    private static UserInput? ToInput(CustomId id, InteractionDataPayload data)
    {
        var (sid, turn) = (id.SessionId, id.Turn);
        Step step;
        return id.Action switch
        {
            ControlAction.Start => UserInput.Start(),
            ControlAction.Answer when TryStep(id.Arg1, out step) => UserInput.Answer(step, [id.Arg2!], sid, turn),
            ControlAction.Select when TryStep(id.Arg1, out step) => UserInput.Answer(step, data.Values ?? [], sid, turn),
            ControlAction.NoneOfThese when TryStep(id.Arg1, out step) => UserInput.Answer(step, [], sid, turn),
            ControlAction.SubmitNumber when TryStep(id.Arg1, out step) => UserInput.Answer(step, [ModalValue(data)], sid, turn),
            ControlAction.Edit when TryStep(data.Values?.FirstOrDefault(), out step) => UserInput.Edit(step, sid, turn),
            ControlAction.Section => UserInput.OpenSection(id.Arg1!, sid, turn),
            ControlAction.Back => UserInput.Command(InputKind.Back, sid, turn),
            ControlAction.Restart => UserInput.Command(InputKind.Restart, sid, turn),
            ControlAction.Pause => UserInput.Command(InputKind.Pause, sid, turn),
            ControlAction.Forget => UserInput.Command(InputKind.Forget, sid, turn),
            ControlAction.Confirm => UserInput.Command(InputKind.Confirm, sid, turn),
            ControlAction.ShowResult => UserInput.Command(InputKind.ShowResult, sid, turn),
            ControlAction.Plan => UserInput.Command(InputKind.Plan, sid, turn),
            ControlAction.Checklist => UserInput.Command(InputKind.Checklist, sid, turn),
            ControlAction.WhatsNext => UserInput.Command(InputKind.WhatsNext, sid, turn),
            ControlAction.RemindersOn => UserInput.Command(InputKind.RemindersOn, sid, turn),
            ControlAction.RemindersOff => UserInput.Command(InputKind.RemindersOff, sid, turn),
            ControlAction.SetTimeZone when data.Values is [var zone] => new UserInput(InputKind.SetTimeZone, [zone], null, sid, turn),
            ControlAction.TickTask or ControlAction.UntickTask when TaskNumber(id, data) is { } number =>
                new UserInput(id.Action == ControlAction.TickTask ? InputKind.TickTask : InputKind.UntickTask, [number], null, sid, turn),
            _ => null,
        };
    }

    /// <summary>The task a tick names: a button's argument, or the one option chosen in the checklist's menu.</summary>
    private static string? TaskNumber(CustomId id, InteractionDataPayload data) =>
        id.Arg1 ?? (data.Values is [var only] ? only : null);

    /// <summary>The text typed into the modal, found whether inputs sit in action rows or in labels.</summary>
    private static string ModalValue(InteractionDataPayload data)
    {
        static IEnumerable<SubmittedComponentPayload> Flatten(IEnumerable<SubmittedComponentPayload>? items) =>
            (items ?? []).SelectMany(c => new[] { c }.Concat(Flatten(c.Components)).Concat(c.Component is null ? [] : Flatten([c.Component])));

        return Flatten(data.Components).FirstOrDefault(c => c.CustomId == CustomId.NumberInput)?.Value?.Trim() ?? "";
    }

    private static bool TryStep(string? id, out Step step)
    {
        step = default;
        return id is not null && Step.TryParse(id, out step) && step.IsQuestion;
    }
}
