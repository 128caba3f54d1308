namespace ResidencyAdvisor.Core.Conversations.Persistence;

/// <summary>A conversation was saved by a newer questionnaire than this release knows; it is left untouched.</summary>
public sealed class NewerQuestionnaireException : Exception
{
    public NewerQuestionnaireException()
    {
    }

    public NewerQuestionnaireException(int version)
        : base($"The conversation was saved by questionnaire version {version}.")
    {
        Version = version;
    }

    public NewerQuestionnaireException(string message)
        : base(message)
    {
    }

    public NewerQuestionnaireException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Version { get; }
}
