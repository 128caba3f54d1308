using System.Collections.Concurrent;
using System.Globalization;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// The Slack scenario against the real program in its own process (--binary): the fake Slack and the simulated
/// students live in this tool, the advisor runs with its default Slack settings and SQLite store, and its CPU and
/// memory come from /proc. Latency is seen from the fake's side: envelope written -> ack read, and envelope written ->
/// the next Web API call for that student.
/// </summary>
internal static class SlackProcessLoad
{
    public static async Task<int> RunAsync(string program, string[] args)
    {
        var users = LoadOptions.Int(args, "--users", 200);
        var thinkMs = LoadOptions.Int(args, "--think-ms", 1000);
        var ack = new LatencyRecorder("slack, fake's side: envelope written -> ack read");
        var next = new LatencyRecorder("slack, fake's side: envelope written -> next Web API call");
        var pending = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        await using var slack = await FakeSlack.StartAsync();
        slack.KeepHistory = false;
        slack.EnvelopeSending += d =>
        {
            if (d.Channel is { } channel)
            {
                pending[channel] = d.SentAt;
            }

            _ = d.Acked.ContinueWith(_ => ack.Record(d.SentAt, d.AckedAt), TaskScheduler.Default);
        };
        slack.ApiCalled += call =>
        {
            if (call.Channel is { } channel && pending.TryRemove(channel, out var sentAt))
            {
                next.Record(sentAt, call.Timestamp);
            }
        };

        await FakeWarmUp.SlackAsync(slack);
        var socketIndex = slack.Sockets.Count;
        await using var advisor = AdvisorProcess.Start(program, new Dictionary<string, string>
        {
            ["Slack__AppToken"] = FakeSlack.AppToken,
            ["Slack__BotToken"] = FakeSlack.BotToken,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
        });
        var figures = new ProcessFigures("slack", advisor);
        string?[] results;
        try
        {
            await advisor.WaitUntilAsync(slack.WaitForSocketAsync(socketIndex, TimeSpan.FromMinutes(1)), "it opened its Socket Mode connection");
            figures.Connected();
            results = await Task.WhenAll(Enumerable.Range(0, users).Select(i => SlackLoad.RunStudentAsync(slack, $"U{i:D5}", thinkMs)));
            figures.Ended();
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            Console.WriteLine($"FAILED: slack on {program}: {ex.Message}");
            Console.WriteLine(advisor.RecentOutput());
            return 1;
        }

        var failures = results.Where(r => r is not null).ToArray();
        Console.WriteLine($"slack: {users - failures.Length}/{users} students reached the interview answers through {program}");
        foreach (var failure in failures.Distinct().Take(5))
        {
            Console.WriteLine("  failure: " + failure);
        }

        Console.WriteLine(figures.Report(ack.Count));
        Console.WriteLine(ack.Report());
        Console.WriteLine(next.Report());
        var exit = await advisor.StopAsync();
        Console.WriteLine($"  the program stopped on SIGTERM with exit code {exit.ToString(CultureInfo.InvariantCulture)}");
        if (failures.Length > 0)
        {
            Console.WriteLine("FAILED: not every student reached the interview answers. The program's last output:");
            Console.WriteLine(advisor.RecentOutput());
        }

        return failures.Length == 0 && exit == 0 ? 0 : 1;
    }
}
