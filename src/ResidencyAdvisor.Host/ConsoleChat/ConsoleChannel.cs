namespace ResidencyAdvisor.Host.ConsoleChat;

/// <summary>Where the console chat reads and writes; standard input and output unless a test swaps them.</summary>
internal sealed record ConsoleChannel(TextReader Input, TextWriter Output, bool InputIsTerminal = true)
{
    public TextWriter Error { get; init; } = TextWriter.Null;

    /// <summary>Where "plan" writes the student's plan file: the current directory unless a test gives another.</summary>
    public string PlanDirectory { get; init; } = Directory.GetCurrentDirectory();

    public static ConsoleChannel Standard() => new(Console.In, Console.Out, !Console.IsInputRedirected) { Error = Console.Error };
}
