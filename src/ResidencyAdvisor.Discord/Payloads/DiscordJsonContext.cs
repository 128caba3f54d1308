using System.Text.Json.Serialization;

namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>Source-generated JSON for every wire payload; Discord uses snake_case and omits absent fields.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IdentifyFramePayload))]
[JsonSerializable(typeof(ResumeFramePayload))]
[JsonSerializable(typeof(HeartbeatFramePayload))]
[JsonSerializable(typeof(HelloPayload))]
[JsonSerializable(typeof(ReadyPayload))]
[JsonSerializable(typeof(GatewayBotPayload))]
[JsonSerializable(typeof(ApplicationRefPayload))]
[JsonSerializable(typeof(RateLimitPayload))]
[JsonSerializable(typeof(ErrorPayload))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(MessageRefPayload))]
[JsonSerializable(typeof(MessageResponsePayload))]
[JsonSerializable(typeof(ModalResponsePayload))]
[JsonSerializable(typeof(DmChannelRequestPayload))]
[JsonSerializable(typeof(ChannelPayload))]
[JsonSerializable(typeof(List<ApplicationCommandPayload>))]
[JsonSerializable(typeof(bool))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
