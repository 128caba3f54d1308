using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core;

namespace ResidencyAdvisor.Host.Startup;

/// <summary>
/// A start-up problem the person running the bot can fix, as one line for standard error: what is wrong and how to
/// fix it, never a stack trace.
/// </summary>
internal static class StartupFailure
{
    public const string Prefix = "residency-advisor: cannot start: ";

    private const string FixHint = "Fix the setting and start again (as an environment variable, Section:Key is written Section__Key).";

    /// <summary>The one line to print for whatever stopped the program from starting.</summary>
    public static string Describe(Exception exception) => Prefix + Explain(exception);

    /// <summary>The one line for a problem found before anything was built.</summary>
    public static string Describe(string problem) => Prefix + problem;

    private static string Explain(Exception exception) => exception switch
    {
        ContentException content => content.Message,
        StartupProblem problem => problem.Message,
        OptionsValidationException invalid =>
            string.Join(" ", invalid.Failures) + " " + FixHint,
        InvalidOperationException { InnerException: FormatException or ArgumentException or OverflowException or UriFormatException } binding =>
            binding.Message + " " + FixHint,
        IOException { InnerException: AddressInUseException or SocketException } or AddressInUseException or SocketException =>
            $"{exception.Message.TrimEnd('.')}. Set Metrics__Port (health and metrics; 0 serves none) or ASPNETCORE_URLS (the public listener) to a free address.",
        AggregateException { InnerExceptions.Count: 1 } aggregate => Explain(aggregate.InnerExceptions[0]),
        UnauthorizedAccessException or IOException =>
            $"{exception.Message} Check Storage__SqlitePath and that the folder is writable.",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
