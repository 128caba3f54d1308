namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>
/// The bot's own messages to each student that may show their answers, kept beside the conversations so that any
/// instance, after any restart, can redact them when the student asks to be forgotten. Only ids are kept; a
/// student's list expires with the conversation retention, counted from the last message added.
/// </summary>
public interface IPostedMessageStore
{
    /// <summary>How many of a conversation's messages are kept; older ones are dropped first.</summary>
    const int MaxPerConversation = 200;

    /// <summary>Remembers one message posted in <see cref="PostedMessage.Key"/>'s conversation.</summary>
    Task AddAsync(PostedMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Removes and returns the unexpired messages of <paramref name="userId"/> on <paramref name="platform"/> in every
    /// scope (as forget erases every conversation of theirs), oldest first within each conversation.
    /// </summary>
    Task<IReadOnlyList<PostedMessage>> TakeAllAsync(string platform, string userId, CancellationToken cancellationToken);
}
