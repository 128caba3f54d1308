using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rest;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>The REST calls that answer an interaction: the one initial response, then edits and follow-ups.</summary>
internal sealed class InteractionResponder(DiscordRestClient rest)
{
    public Task RespondAsync(InteractionPayload interaction, int type, MessagePayload? message, CancellationToken cancellationToken) =>
        rest.SendAsync(RestRoute.Callback(interaction.Id, interaction.Token), new MessageResponsePayload(type, message),
            DiscordJsonContext.Default.MessageResponsePayload, cancellationToken);

    public Task OpenModalAsync(InteractionPayload interaction, ModalPayload modal, CancellationToken cancellationToken) =>
        rest.SendAsync(RestRoute.Callback(interaction.Id, interaction.Token), new ModalResponsePayload(InteractionTypes.Modal, modal),
            DiscordJsonContext.Default.ModalResponsePayload, cancellationToken);

    public Task EditOriginalAsync(InteractionPayload interaction, MessagePayload message, CancellationToken cancellationToken) =>
        rest.SendAsync(RestRoute.EditOriginal(interaction.ApplicationId, interaction.Token), message with { Flags = null },
            DiscordJsonContext.Default.MessagePayload, cancellationToken);

    public Task FollowUpAsync(InteractionPayload interaction, MessagePayload message, bool ephemeral, CancellationToken cancellationToken) =>
        rest.SendAsync(RestRoute.FollowUp(interaction.ApplicationId, interaction.Token),
            message with { Flags = ephemeral ? InteractionTypes.Ephemeral : null },
            DiscordJsonContext.Default.MessagePayload, cancellationToken);
}
