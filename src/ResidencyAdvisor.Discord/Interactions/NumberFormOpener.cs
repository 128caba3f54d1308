using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Questionnaire;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// Opens the number modal a button asks for. A modal must be the first response, so there is no deferring: Core's
/// <see cref="OpenFormQuery"/> gets half of what is left of the deadline to catch an out-of-date button; if the store is
/// slow the form opens without its range, and the engine checks the submit anyway.
/// </summary>
internal sealed class NumberFormOpener(OpenFormQuery query, AdvisorContent content, InteractionResponder responder)
{
    public async Task OpenAsync(InteractionPayload interaction, ParsedInteraction parsed, CustomId opener, ResponseDeadline deadline,
        CancellationToken cancellationToken)
    {
        var lookup = await query.AskAsync(parsed.Key, opener.SessionId, opener.Turn, opener.Arg1 ?? "", deadline.Remaining / 2, cancellationToken);
        if (lookup.OutOfDate)
        {
            await responder.RespondAsync(interaction, InteractionTypes.ChannelMessage,
                DiscordTurnSender.Ephemeral(content.Notices[StudentNotice.OutOfDate]), cancellationToken);
            return;
        }

        var table = content.Questions.Table;
        var step = Step.TryParse(opener.Arg1, out var parsedStep) && table.IsQuestion(parsedStep) ? parsedStep : table.First;
        var modal = NumberModalRenderer.Render(content.Questions.TextFor(step).Title, lookup.Prompt, opener, content);
        await responder.OpenModalAsync(interaction, modal, cancellationToken);
    }
}
