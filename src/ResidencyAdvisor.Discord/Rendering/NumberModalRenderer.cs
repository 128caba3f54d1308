using System.Globalization;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>
/// The modal that asks for a number, built from Core's prompt: one Label (type 18) wrapping a short text input, the
/// layout Discord recommends over an action row. It can only ever be the first response to a click.
/// </summary>
internal static class NumberModalRenderer
{
    /// <summary>
    /// The form for <paramref name="opener"/>'s step. Without a prompt (the store did not answer in time) it still
    /// opens with the question's title; Core checks the number on submit either way.
    /// </summary>
    public static ModalPayload Render(string title, Prompt? prompt, CustomId opener, AdvisorContent content)
    {
        var submit = new CustomId(ControlAction.SubmitNumber, opener.SessionId, opener.Turn, opener.Arg1);
        var range = prompt?.Range;
        var input = new ComponentPayload
        {
            Type = ComponentTypes.TextInput,
            CustomId = CustomId.NumberInput,
            Style = ComponentTypes.ShortText,
            Placeholder = range is null ? null : LabelFitter.Fit(content.Labels.Format(ChatLabel.NumberRange,
                ("min", range.Min.ToString(CultureInfo.InvariantCulture)), ("max", range.Max.ToString(CultureInfo.InvariantCulture))), DiscordLimits.InputPlaceholder),
            MinLength = 1,
            MaxLength = 12, // room for a typo, so the student sees why it was refused instead of a blocked field
            Required = true,
        };
        var label = new ComponentPayload
        {
            Type = ComponentTypes.Label,
            Label = LabelFitter.Fit(content.Notices.NumberLabel(range), DiscordLimits.InputLabel),
            Description = prompt is null ? null : LabelFitter.Fit(prompt.Text, DiscordLimits.LabelDescription),
            Component = input,
        };
        return new ModalPayload(submit.ToString(), LabelFitter.Fit(title, DiscordLimits.ModalTitle), [label]);
    }
}
