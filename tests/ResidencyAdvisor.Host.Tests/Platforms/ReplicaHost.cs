using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ResidencyAdvisor.Host.Tests.Platforms;

/// <summary>One replica of the program for the replica tests: started on a free loopback port, its output kept, its address read from its log.</summary>
internal static partial class ReplicaHost
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Starts instance <paramref name="index"/> and returns it with the address its public listener reported.</summary>
    public static async Task<(Process Process, Uri Address)> StartAsync(int index, IDictionary<string, string> environment, ConcurrentQueue<string> logs)
    {
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = HostProcess.Start([], new Dictionary<string, string>(environment) { ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" });
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            logs.Enqueue($"[host {index}] {line}");
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        }

        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            return (process, await listening.Task.WaitAsync(StartTimeout));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Host {index} never reported its listener:\n{string.Join("\n", logs)}");
        }
    }

    /// <summary>Kills every replica still running and waits for each to be gone.</summary>
    public static async Task StopAllAsync(IEnumerable<Process> hosts)
    {
        foreach (var host in hosts)
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            host.Dispose();
        }
    }

    [GeneratedRegex(@"Public HTTP listener on (http://\S+) serving")]
    private static partial Regex ListeningLine();
}
