using System.Text.Json;
using System.Text.Json.Serialization;
using ResidencyAdvisor.Slack.BlockKit;

namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>Source-generated JSON for every wire payload; nulls are never written because Slack rejects "field": null.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApiResponsePayload))]
[JsonSerializable(typeof(AuthTestResponsePayload))]
[JsonSerializable(typeof(ConnectionsOpenResponsePayload))]
[JsonSerializable(typeof(MessageResponsePayload))]
[JsonSerializable(typeof(ConversationsOpenResponsePayload))]
[JsonSerializable(typeof(EmptyRequestPayload))]
[JsonSerializable(typeof(PostMessageRequestPayload))]
[JsonSerializable(typeof(UpdateMessageRequestPayload))]
[JsonSerializable(typeof(PostEphemeralRequestPayload))]
[JsonSerializable(typeof(ConversationsOpenRequestPayload))]
[JsonSerializable(typeof(ViewsOpenRequestPayload))]
[JsonSerializable(typeof(UploadUrlResponsePayload))]
[JsonSerializable(typeof(CompleteUploadRequestPayload))]
[JsonSerializable(typeof(CompleteUploadResponsePayload))]
[JsonSerializable(typeof(SocketAckPayload))]
[JsonSerializable(typeof(EventCallbackPayload))]
[JsonSerializable(typeof(SlashCommandPayload))]
[JsonSerializable(typeof(SlashCommandResponsePayload))]
[JsonSerializable(typeof(ViewErrorsResponsePayload))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(SlackMessage))]
[JsonSerializable(typeof(ModalView))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(UrlVerificationPayload))]
[JsonSerializable(typeof(OAuthAccessResponsePayload))]
[JsonSerializable(typeof(ChallengeResponsePayload))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
