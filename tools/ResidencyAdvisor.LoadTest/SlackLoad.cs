using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Slack;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// Many simulated students talk to the real Slack adapter through the fake Slack on loopback, each from "hi" to the
/// recommendation and its interview section, over Socket Mode or (slack-http) as signed POSTs to /slack/events on a
/// loopback Kestrel, where the HTTP response is the ack. Per envelope: received → ack sent, and received → the adapter's next Web
/// API call for that student (chat.update, chat.postMessage or views.open). Both are measured twice: inside the adapter
/// (its SlackMetrics histograms: frame read → ack written / first call started), which the goals refer to, and from the
/// fake's side of the socket (frame written → ack read / request arrived), which adds two loopback hops and the fake's
/// own scheduling.
/// A short warm-up run (JIT, connection pools) comes first and is not measured.
/// Options: --users N (200), --think-ms N (1000, jittered ±50%), --connections N (1), --warmup N (20 students).
/// </summary>
public static class SlackLoad
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, http: false);

    public static Task<int> RunHttpAsync(string[] args) => RunAsync(args, http: true);

    private static async Task<int> RunAsync(string[] args, bool http)
    {
        var users = Option(args, "--users", 200);
        var thinkMs = Option(args, "--think-ms", 1000);
        var connections = Option(args, "--connections", 1);
        var warmup = Option(args, "--warmup", 20);
        var measuring = false;
        var mode = http ? "slack-http" : "slack";
        var ack = new LatencyRecorder(http ? "fake: request sent -> HTTP response received" : "fake: envelope written -> ack read");
        var next = new LatencyRecorder($"fake: {(http ? "request sent" : "envelope written")} -> next Web API call");
        var adapterAck = new LatencyRecorder(http ? "adapter: request received -> HTTP response written" : "adapter: envelope read -> ack written");
        var adapterNext = new LatencyRecorder($"adapter: {(http ? "request received" : "envelope read")} -> next Web API call");
        var refused = 0;
        var pending = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);

        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SlackMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            if (Volatile.Read(ref measuring))
            {
                (instrument.Name == SlackMetrics.FirstResponseDuration ? adapterAck : adapterNext).Record(TimeSpan.FromMilliseconds(value));
            }
        });
        listener.Start();

        await using var slack = await FakeSlack.StartAsync();
        slack.KeepHistory = false;
        slack.EnvelopeSending += d =>
        {
            if (!Volatile.Read(ref measuring))
            {
                return;
            }

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

        var settings = new Dictionary<string, string?>
        {
            ["Slack:Connections"] = connections.ToString(CultureInfo.InvariantCulture),
            ["Slack:ChannelMessageInterval"] = "00:00:01",
            ["Slack:ChannelMessageBurst"] = "3",
        };
        await using var adapter = http
            ? await SlackAdapterHarness.StartOverHttpAsync(slack, settings, minimumLevel: LogLevel.Warning)
            : await SlackAdapterHarness.StartAsync(slack, settings, LogLevel.Warning);
        for (var i = 0; i < (http ? 0 : connections); i++)
        {
            await slack.WaitForSocketAsync(i, TimeSpan.FromSeconds(10));
        }

        await Task.WhenAll(Enumerable.Range(0, warmup).Select(i => RunStudentAsync(slack, $"W{i:D5}", thinkMs / 10)));
        Volatile.Write(ref measuring, true);
        Console.WriteLine(http
            ? $"{mode}: {users} students, think {thinkMs} ms ±50%, signed POSTs to {adapter.EventsUrl}"
            : $"{mode}: {users} students, think {thinkMs} ms ±50%, {connections} connection(s)");
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var pausedBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var gen0Before = GC.CollectionCount(0);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, users).Select(i => RunStudentAsync(slack, $"U{i:D5}", thinkMs)));
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        var failed = results.Count(r => r is not null);
        foreach (var error in results.Where(r => r is not null).Distinct().Take(5))
        {
            Console.WriteLine("  failure: " + error);
        }

        Console.WriteLine($"completed {users - failed}/{users} conversations in {clock.Elapsed.TotalSeconds:F1} s; {ack.Count} "
            + (http ? $"requests, {Volatile.Read(ref refused)} answered other than 200" : "envelopes"));
        Console.WriteLine($"CPU per student action: {cpu.TotalMilliseconds / Math.Max(1, ack.Count):F3} ms "
            + $"(whole process: adapter, fake Slack and simulated students; {cpu.TotalSeconds:F1} s CPU)");
        var allocatedKb = (GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / Math.Max(1, ack.Count);
        Console.WriteLine($"runtime (adapter and fake in one process): GC paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms "
            + $"in {GC.CollectionCount(0) - gen0Before} collections ({GC.CollectionCount(2) - gen2Before} gen2), {allocatedKb:F0} KB allocated per envelope, "
            + $"{ThreadPool.ThreadCount} pool threads; load average {LoadAverage()}");
        Console.WriteLine(adapterAck.Report());
        Console.WriteLine(adapterNext.Report());
        Console.WriteLine(ack.Report());
        Console.WriteLine(next.Report());
        var ackOk = adapterAck.Percentile(99) <= 5;
        var nextOk = adapterNext.Percentile(99) <= 15;
        Console.WriteLine($"goals (adapter figures): ack p99 <= 5 ms {(ackOk ? "met" : "MISSED")}; next call p99 <= 15 ms {(nextOk ? "met" : "MISSED")}");
        return failed == 0 && Volatile.Read(ref refused) == 0 ? 0 : 1;
    }

    internal static async Task<string?> RunStudentAsync(FakeSlack slack, string userId, int thinkMs)
    {
        var student = new SlackStudent(slack, userId);
        Task ThinkAsync() => Task.Delay(TimeSpan.FromMilliseconds(thinkMs * (0.5 + Random.Shared.NextDouble())));
        try
        {
            await ThinkAsync();
            await student.SendDmAsync("hi");
            var first = await student.NextMessageAsync(TimeSpan.FromSeconds(30));
            var result = await StudentScript.RunToRecommendationAsync(student, first, ThinkAsync);
            await ThinkAsync();
            await student.ClickAsync(result, "Interview answers");
            var interview = await student.NextMessageAsync(TimeSpan.FromSeconds(30));
            return interview.AllText().Contains("Are you dual applying?", StringComparison.Ordinal) ? null : "no interview answer";
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            return ex.Message;
        }
    }

    /// <summary>The 1-minute load average on Linux: other work on the machine shows up in the tail latencies.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
