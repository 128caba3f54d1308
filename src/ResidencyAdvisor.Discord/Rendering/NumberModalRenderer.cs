using System.Globalization;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>The modal that asks for a number; it can only ever be the first response to a click.</summary>
internal static class NumberModalRenderer
{
    public const string InputId = "value";

    public static ModalPayload Render(string title, CustomId opener)
    {
        var min = int.Parse(opener.Arg2!, CultureInfo.InvariantCulture);
        var max = int.Parse(opener.Arg3!, CultureInfo.InvariantCulture);
        var submit = new CustomId(CustomIdAction.SubmitNumber, opener.SessionId, opener.Turn, opener.Arg1);
        var input = new ComponentPayload
        {
            Type = ComponentTypes.TextInput,
            CustomId = InputId,
            Style = ComponentTypes.ShortText,
            Label = LabelFitter.Fit($"A whole number from {min} to {max}", DiscordLimits.InputLabel),
            Placeholder = LabelFitter.Fit($"{min}–{max}", DiscordLimits.InputPlaceholder),
            MinLength = 1,
            MaxLength = 12, // room for a typo, so the student sees why it was refused instead of a blocked field
            Required = true,
        };
        return new ModalPayload(submit.ToString(), LabelFitter.Fit(title, DiscordLimits.ModalTitle), [Components.Row(input)]);
    }
}
