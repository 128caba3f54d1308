using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// The advisor as users run it: its program (the published binary or the JIT build's launcher) in a separate process,
/// configured through environment variables, with its output kept for a failure report.
/// </summary>
internal sealed partial class AdvisorProcess : IAsyncDisposable
{
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Process _process;
    private readonly Queue<string> _output = new();
    private readonly string _dataDirectory;

    private AdvisorProcess(Process process, string dataDirectory, long startedAt)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        StartedAt = startedAt;
    }

    /// <summary>The timestamp taken just before the process was started.</summary>
    public long StartedAt { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts <paramref name="program"/> with <paramref name="settings"/> on top of this tool's environment. Unless the
    /// environment already names a store, conversations go to a fresh SQLite file that is deleted afterwards.
    /// </summary>
    public static AdvisorProcess Start(string program, IReadOnlyDictionary<string, string> settings)
    {
        if (!File.Exists(program))
        {
            throw new FileNotFoundException($"No program at {program}; publish it first (see docs/performance.md).", program);
        }

        var data = Directory.CreateTempSubdirectory("residency-advisor-load-").FullName;
        var start = new ProcessStartInfo(Path.GetFullPath(program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            // As deployed (the Dockerfile's WORKDIR is the binary's folder), not wherever the tool was started.
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(program)),
        };
        if (Environment.GetEnvironmentVariable("Storage__SqlitePath") is null)
        {
            start.Environment["Storage__SqlitePath"] = Path.Combine(data, "conversations.db");
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var advisor = new AdvisorProcess(process, data, startedAt);
        process.OutputDataReceived += (_, e) => advisor.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => advisor.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return advisor;
    }

    /// <summary>The address the program's public listener reported it bound (HTTP modes, ASPNETCORE_URLS with port 0).</summary>
    public Task<Uri> ListenerAddress => _listening.Task;

    /// <summary>Completes when the program exits, for whatever reason.</summary>
    public Task ExitedAsync() => _process.WaitForExitAsync();

    /// <summary>Waits for <paramref name="connected"/>; fails with the program's last output if it exits or takes over a minute.</summary>
    public async Task WaitUntilAsync(Task connected, string what)
    {
        var first = await Task.WhenAny(connected, ExitedAsync(), Task.Delay(TimeSpan.FromMinutes(1)));
        if (first != connected)
        {
            throw new InvalidOperationException(
                $"The program {(HasExited ? $"exited with code {_process.ExitCode}" : "took over a minute")} before {what}. Its last output:{Environment.NewLine}{RecentOutput()}");
        }

        await connected;
    }

    public ProcessSample Sample() => ProcessSample.Read(_process.Id);

    /// <summary>Prints why a run of <paramref name="mode"/> failed, with the program's last output; returns the tool's exit code.</summary>
    public int Failed(string mode, string program, string why)
    {
        Console.WriteLine($"FAILED: {mode} on {program}: {why}");
        Console.WriteLine(RecentOutput());
        return 1;
    }

    /// <summary>The last lines the program wrote, for a report of what went wrong.</summary>
    public string RecentOutput()
    {
        lock (_output)
        {
            return string.Join(Environment.NewLine, _output);
        }
    }

    /// <summary>Asks the program to stop as a service manager does (SIGTERM), and kills it if it has not stopped in 10 s.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (!_listening.Task.IsCompleted && ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 40)
            {
                _output.Dequeue();
            }
        }
    }

    [GeneratedRegex(@"Public HTTP listener on (http://\S+) serving")]
    private static partial Regex ListeningLine();
}
