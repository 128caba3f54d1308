namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>Where the bot posted one message to a student: the channel and the platform's message id, never the text.</summary>
public sealed record PostedMessage(ConversationKey Key, string Channel, string MessageId);
