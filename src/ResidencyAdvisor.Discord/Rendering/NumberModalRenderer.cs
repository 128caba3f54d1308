using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Rendering;

/// <summary>The modal that asks for a number; it can only ever be the first response to a click.</summary>
internal static class NumberModalRenderer
{
    public static ModalPayload Render(string title, CustomId opener)
    {
        var (min, max) = opener.Range ?? throw new ArgumentException("not a number button's id", nameof(opener));
        var submit = new CustomId(CustomIdAction.SubmitNumber, opener.SessionId, opener.Turn, opener.Arg1);
        var input = new ComponentPayload
        {
            Type = ComponentTypes.TextInput,
            CustomId = CustomId.NumberInput,
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
