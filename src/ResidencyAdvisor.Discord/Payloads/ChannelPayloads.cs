namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>The body of POST /users/@me/channels: whom to open a DM with.</summary>
internal sealed record DmChannelRequestPayload(string RecipientId);

/// <summary>A channel as Discord answers it; only the id is used.</summary>
internal sealed record ChannelPayload(string Id, int Type);
