using System.Text.Json;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rest;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// What answers an interaction: the one initial response (a REST callback, or the HTTP response when the interaction
/// came to the endpoint), then edits and follow-ups through the webhook.
/// </summary>
internal sealed class InteractionResponder(DiscordRestClient rest, DiscordMetrics metrics, TimeProvider time)
{
    public async Task RespondAsync(InteractionPayload interaction, int type, MessagePayload? message, CancellationToken cancellationToken)
    {
        if (interaction.HttpResponse is { } http)
        {
            await http.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new MessageResponsePayload(type, message),
                DiscordJsonContext.Default.MessageResponsePayload), cancellationToken);
            Sent(interaction);
            return;
        }

        await rest.SendAsync(RestRoute.Callback(interaction.Id, interaction.Token), new MessageResponsePayload(type, message),
            DiscordJsonContext.Default.MessageResponsePayload, cancellationToken);
        Sent(interaction);
    }

    /// <summary>A new message with the file as the initial response; only a gateway interaction can answer this way.</summary>
    public async Task RespondWithFileAsync(InteractionPayload interaction, MessagePayload message, MessageFile file, CancellationToken cancellationToken)
    {
        if (interaction.HttpResponse is not null)
        {
            throw new InvalidOperationException("An HTTP response cannot carry a file; defer and edit the original instead.");
        }

        await rest.RespondWithFileAsync(interaction.Id, interaction.Token, InteractionTypes.ChannelMessage, message, file, cancellationToken);
        Sent(interaction);
    }

    public async Task OpenModalAsync(InteractionPayload interaction, ModalPayload modal, CancellationToken cancellationToken)
    {
        if (interaction.HttpResponse is { } http)
        {
            await http.SendAsync(JsonSerializer.SerializeToUtf8Bytes(new ModalResponsePayload(InteractionTypes.Modal, modal),
                DiscordJsonContext.Default.ModalResponsePayload), cancellationToken);
            Sent(interaction);
            return;
        }

        await rest.SendAsync(RestRoute.Callback(interaction.Id, interaction.Token), new ModalResponsePayload(InteractionTypes.Modal, modal),
            DiscordJsonContext.Default.ModalResponsePayload, cancellationToken);
        Sent(interaction);
    }

    public Task EditOriginalAsync(InteractionPayload interaction, MessagePayload message, CancellationToken cancellationToken) =>
        rest.SendAsync(RestRoute.EditOriginal(interaction.ApplicationId, interaction.Token), message with { Flags = null },
            DiscordJsonContext.Default.MessagePayload, cancellationToken);

    /// <summary>Sends a follow-up message; returns its id (for a later edit), or null when Discord's answer had none.</summary>
    public async Task<string?> FollowUpAsync(InteractionPayload interaction, MessagePayload message, bool ephemeral, CancellationToken cancellationToken)
    {
        var sent = await rest.SendAsync(RestRoute.FollowUp(interaction.ApplicationId, interaction.Token),
            message with { Flags = ephemeral ? InteractionTypes.Ephemeral : null },
            DiscordJsonContext.Default.MessagePayload, DiscordJsonContext.Default.MessageRefPayload, cancellationToken);
        return string.IsNullOrEmpty(sent?.Id) ? null : sent.Id;
    }

    private void Sent(InteractionPayload interaction)
    {
        if (interaction.ReceivedAt != 0)
        {
            metrics.FirstResponseSent(time.GetElapsedTime(interaction.ReceivedAt));
        }
    }
}
