namespace ResidencyAdvisor.Discord.Rest;

/// <summary>
/// A message was refused before it was sent because Discord would refuse it (content over 2000 characters, a file
/// over the upload limit): a bug in what we built, so retrying cannot help.
/// </summary>
public sealed class DiscordLimitException : Exception
{
    public DiscordLimitException()
    {
    }

    public DiscordLimitException(string message)
        : base(message)
    {
    }

    public DiscordLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
