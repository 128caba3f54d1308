namespace ResidencyAdvisor.Core;

/// <summary>Thrown at start-up when an editable content file is missing or broken.</summary>
public sealed class ContentException : Exception
{
    public ContentException(string source, IReadOnlyList<string> problems)
        : base($"{source} is not valid:{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", problems)}")
    {
        Source = source;
        Problems = problems;
    }

    public ContentException()
    {
        Problems = [];
    }

    public ContentException(string message)
        : base(message)
    {
        Problems = [];
    }

    public ContentException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<string> Problems { get; }
}
