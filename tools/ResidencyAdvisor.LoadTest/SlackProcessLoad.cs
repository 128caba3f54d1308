using System.Collections.Concurrent;
using System.Globalization;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// The Slack scenario against the real program in its own process (--binary): the fake Slack and the simulated
/// students live in this tool, the advisor runs with its default Slack settings and SQLite store, and its CPU and
/// memory come from /proc. Socket Mode, or (slack-http) signed POSTs to the program's /slack/events on a loopback
/// port. Latency is seen from the fake's side: envelope written (request sent) -> ack read (HTTP response received),
/// and -> the next Web API call for that student.
/// </summary>
internal static class SlackProcessLoad
{
    public static Task<int> RunAsync(string program, string[] args) => RunAsync(program, args, http: false);

    public static Task<int> RunHttpAsync(string program, string[] args) => RunAsync(program, args, http: true);

    private static async Task<int> RunAsync(string program, string[] args, bool http)
    {
        var users = LoadOptions.Int(args, "--users", 200);
        var thinkMs = LoadOptions.Int(args, "--think-ms", 1000);
        var mode = http ? "slack-http" : "slack";
        var ack = new LatencyRecorder(http ? "slack-http, fake's side: request sent -> HTTP response received" : "slack, fake's side: envelope written -> ack read");
        var next = new LatencyRecorder($"{mode}, fake's side: {(http ? "request sent" : "envelope written")} -> next Web API call");
        var refused = 0;
        var pending = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        await using var slack = await FakeSlack.StartAsync();
        slack.KeepHistory = false;
        slack.EnvelopeSending += d =>
        {
            if (d.Channel is { } channel)
            {
                pending[channel] = d.SentAt;
            }

            _ = d.Acked.ContinueWith(_ =>
            {
                ack.Record(d.SentAt, d.AckedAt);
                if (http && d.HttpStatus != 200)
                {
                    Interlocked.Increment(ref refused);
                }
            }, TaskScheduler.Default);
        };
        slack.ApiCalled += call =>
        {
            if (call.Channel is { } channel && pending.TryRemove(channel, out var sentAt))
            {
                next.Record(sentAt, call.Timestamp);
            }
        };

        var programLatency = ProgramLatency.ForFreePort("slack", fiveMsGoal: true);
        var settings = http
            ? new Dictionary<string, string>
            {
                ["Slack__SigningSecret"] = FakeSlack.SigningSecret,
                ["Slack__BotToken"] = FakeSlack.BotToken,
                ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            }
            : new Dictionary<string, string>
            {
                ["Slack__AppToken"] = FakeSlack.AppToken,
                ["Slack__BotToken"] = FakeSlack.BotToken,
                ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            };
        settings["Metrics__Port"] = programLatency.Port;
        await FakeWarmUp.SlackAsync(slack);
        var socketIndex = slack.Sockets.Count;
        await using var advisor = AdvisorProcess.Start(program, settings);
        var figures = new ProcessFigures(mode, advisor);
        string?[] results;
        try
        {
            if (http)
            {
                await advisor.WaitUntilAsync(advisor.ListenerAddress, "its public listener started");
                slack.DeliverOverHttp(new Uri(await advisor.ListenerAddress, "/slack/events"), FakeSlack.SigningSecret);
            }
            else
            {
                await advisor.WaitUntilAsync(slack.WaitForSocketAsync(socketIndex, TimeSpan.FromMinutes(1)), "it opened its Socket Mode connection");
            }

            figures.Connected();
            results = await Task.WhenAll(Enumerable.Range(0, users).Select(i => SlackLoad.RunStudentAsync(slack, $"U{i:D5}", thinkMs)));
            figures.Ended();
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            return advisor.Failed(mode, program, ex.Message);
        }

        var failures = results.Where(r => r is not null).ToArray();
        Console.WriteLine($"{mode}: {users - failures.Length}/{users} students reached the interview answers through {program}"
            + (http ? $"; {Volatile.Read(ref refused)} of {ack.Count} requests answered other than 200" : ""));
        foreach (var failure in failures.Distinct().Take(5))
        {
            Console.WriteLine("  failure: " + failure);
        }

        Console.WriteLine(figures.Report(ack.Count));
        Console.WriteLine(ack.Report());
        Console.WriteLine(next.Report());
        Console.WriteLine(await programLatency.ReportAsync());

        var exit = await advisor.StopAsync();
        Console.WriteLine($"  the program stopped on SIGTERM with exit code {exit.ToString(CultureInfo.InvariantCulture)}");
        if (failures.Length > 0)
        {
            Console.WriteLine("FAILED: not every student reached the interview answers. The program's last output:");
            Console.WriteLine(advisor.RecentOutput());
        }

        return failures.Length == 0 && Volatile.Read(ref refused) == 0 && exit == 0 ? 0 : 1;
    }
}
