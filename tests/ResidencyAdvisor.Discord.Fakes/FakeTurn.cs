using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>What a student saw after one action: the response type, the message now on screen, or a short notice.</summary>
public sealed record FakeTurn(InteractionExchange Exchange, int ResponseType, JsonObject? Message, string? Notice, JsonObject? Modal);
