using System.Text.Json.Serialization;

namespace ResidencyAdvisor.Core.Conversations.Persistence;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(SavedConversation))]
internal sealed partial class ConversationJsonContext : JsonSerializerContext;
