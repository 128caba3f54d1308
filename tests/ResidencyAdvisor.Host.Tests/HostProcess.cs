using System.Diagnostics;

namespace ResidencyAdvisor.Host.Tests;

/// <summary>Runs the built residency-advisor program as a student would, with piped input.</summary>
internal static class HostProcess
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string input, string[] args, IDictionary<string, string>? environment = null)
    {
        using var process = Start(args, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// Starts the program and leaves its input open; the caller closes it to end the console chat. With
    /// <paramref name="umask"/> (e.g. "022", Unix only) the program runs under that umask, as a service manager may start it.
    /// </summary>
    public static Process Start(string[] args, IDictionary<string, string>? environment = null, string? umask = null)
    {
        var start = new ProcessStartInfo(umask is null ? "dotnet" : "/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        if (umask is not null)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"umask {umask} && exec dotnet \"$@\"");
            start.ArgumentList.Add("sh");
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "residency-advisor.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Never touch a developer's real data folder or pick up their platform tokens.
        start.Environment["Storage__SqlitePath"] = Path.Combine(Path.GetTempPath(), $"ra-host-{Guid.NewGuid():N}.db");
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Discord__", StringComparison.Ordinal) || k.StartsWith("Slack__", StringComparison.Ordinal)).ToArray())
        {
            start.Environment.Remove(name);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Reads the program's output until a line contains <paramref name="expected"/>.</summary>
    public static async Task WaitForLineAsync(StreamReader output, string expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await output.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(expected, StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail($"The program ended before printing '{expected}'.");
    }
}
