namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>A saved conversation could not be read back; the student starts again.</summary>
public sealed class CorruptConversationException : Exception
{
    public CorruptConversationException()
    {
    }

    public CorruptConversationException(string message)
        : base(message)
    {
    }

    public CorruptConversationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
