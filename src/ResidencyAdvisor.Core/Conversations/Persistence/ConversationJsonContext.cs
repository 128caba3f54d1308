using System.Text.Json.Serialization;

namespace ResidencyAdvisor.Core.Conversations.Persistence;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(SavedConversation))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class ConversationJsonContext : JsonSerializerContext;
