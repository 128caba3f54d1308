using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Discord;
using ResidencyAdvisor.Discord.Fakes;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// The real Discord adapter against the loopback fake: many simulated students click through /advise at once.
/// Latency is measured by the fake, from the INTERACTION_CREATE frame leaving it to the initial response arriving,
/// so it covers the adapter's whole path (and the loopback hops) for every interaction.
/// </summary>
internal static class DiscordLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var users = Option(args, "--users", 200);
        var rounds = Option(args, "--rounds", 2);
        var open = Option(args, "--open", 1000);
        var think = TimeSpan.FromMilliseconds(Option(args, "--think-ms", 1000));
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordSettings { RecordRequests = false });
        using var host = await StartAdapterAsync(server);
        await server.Gateway.WhenReadyAsync(TimeSpan.FromSeconds(30));

        await RunStudentsAsync(server, 20, 1, "warmup-", TimeSpan.Zero); // JIT and pools, not measured
        Console.WriteLine($"discord baseline after warm-up (20 conversations): working set {WorkingSet() / 1048576.0:F0} MB");
        var (workingSet, heap, conversations) = await OpenConversationsAsync(server, host, open);
        Console.WriteLine($"discord open conversations: {conversations} held; working set {workingSet / 1048576.0:F0} MB, managed heap {heap / 1048576.0:F0} MB (whole process: adapter + fake Discord + simulated students)");

        var recorder = new LatencyRecorder($"discord round trip (fake sends dispatch -> fake receives response), {users} users, think ~{think.TotalMilliseconds:F0} ms");
        var adapter = new LatencyRecorder("discord adapter (dispatch received -> initial response sent)");
        server.Responded += exchange => recorder.Record(exchange.Latency);
        using var listener = FirstResponses(adapter);
        var clock = Stopwatch.StartNew();
        await RunStudentsAsync(server, users, rounds, "user-", think);
        Console.WriteLine(adapter.Report());
        Console.WriteLine(recorder.Report());
        Console.WriteLine($"  {recorder.Count / clock.Elapsed.TotalSeconds:F0} interactions/s over {clock.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"  working set after the run: {WorkingSet() / 1048576.0:F0} MB");

        var ok = adapter.Percentile(99) <= 15 && workingSet <= 200L * 1024 * 1024;
        Console.WriteLine(ok ? "goals met: p99 <= 15 ms, working set <= 200 MB" : "GOALS MISSED: p99 <= 15 ms, working set <= 200 MB");
        await host.StopAsync();
        return ok ? 0 : 1;
    }

    /// <summary>Feeds the adapter's first-response histogram (meter ResidencyAdvisor.Discord) into <paramref name="recorder"/>.</summary>
    private static MeterListener FirstResponses(LatencyRecorder recorder)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument is { Meter.Name: DiscordMetrics.MeterName, Name: DiscordMetrics.FirstResponseDuration })
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => recorder.Record(TimeSpan.FromMilliseconds(value)));
        listener.Start();
        return listener;
    }

    /// <summary>Each student runs /advise to the recommendation and opens the interview answers, <paramref name="rounds"/> times.</summary>
    internal static Task RunStudentsAsync(FakeDiscordServer server, int count, int rounds, string prefix, TimeSpan think) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            var student = new FakeDiscordUser(server, prefix + i.ToString(CultureInfo.InvariantCulture), "600000000000000006")
            {
                KeepHistory = false,
                ThinkTime = think,
            };
            for (var round = 0; round < rounds; round++)
            {
                var turn = await student.SlashAsync(round == 0 ? null : "restart");
                await StudentScript.AnswerUntilSummaryAsync(student, turn);
                await student.ClickAsync("See my recommendation");
                await student.ClickAsync("Interview answers");
                if (!student.Text().Contains("Are you dual applying?", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("The interview answers did not include \"Are you dual applying?\"");
                }
            }
        }));

    /// <summary>Starts many conversations and leaves them open (a few questions in), then measures memory.</summary>
    private static async Task<(long WorkingSet, long Heap, int Conversations)> OpenConversationsAsync(FakeDiscordServer server, IHost host, int count)
    {
        var store = (InMemoryConversationStore)host.Services.GetRequiredService<IConversationStore>();
        var batch = 25; // students arrive over time; the figure is about conversations held, not a connection burst
        for (var start = 0; start < count; start += batch)
        {
            await Task.WhenAll(Enumerable.Range(start, Math.Min(batch, count - start)).Select(async i =>
            {
                var student = new FakeDiscordUser(server, "open-" + i.ToString(CultureInfo.InvariantCulture), "600000000000000006") { KeepHistory = false };
                await student.SlashAsync();
                await student.ClickAsync("USMLE");
                await StudentScript.NumberAsync(student, "241");
            }));
        }

        return (WorkingSet(), GC.GetTotalMemory(forceFullCollection: true), store.Count);
    }

    /// <summary>The working set after a full, compacting collection, so it shows what is held rather than garbage.</summary>
    private static long WorkingSet()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static async Task<IHost> StartAdapterAsync(FakeDiscordServer server)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = server.Settings.Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
        });
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        var content = AdvisorContent.Load(AdvisorContent.DefaultDirectory());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(content);
        builder.Services.AddSingleton(new ConversationEngine(content));
        builder.Services.AddSingleton<IConversationStore>(new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromDays(30)));
        builder.Services.AddSingleton<ConversationService>();
        builder.Services.AddSingleton<IDeliveryLedger>(new InMemoryDeliveryLedger(TimeProvider.System));
        builder.Services.AddDiscordAdapter(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
