namespace ResidencyAdvisor.Host.Startup;

/// <summary>A mistake in the settings found while composing the program, already worded for the operator.</summary>
internal sealed class StartupProblem : Exception
{
    public StartupProblem()
    {
    }

    public StartupProblem(string message)
        : base(message)
    {
    }

    public StartupProblem(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
