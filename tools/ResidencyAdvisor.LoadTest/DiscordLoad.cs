using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
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
/// The real Discord adapter against the loopback fake: many simulated students click through /advise at once, over
/// the gateway or (discord-http) POSTed, signed, to the interactions endpoint on Kestrel. Latency is measured by the
/// fake, from the interaction leaving it to the initial response arriving, and by the adapter's first-response
/// histogram (gateway: dispatch received -> callback sent; HTTP: request handled -> response written).
/// </summary>
internal static class DiscordLoad
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, http: false);

    public static Task<int> RunHttpAsync(string[] args) => RunAsync(args, http: true);

    private static async Task<int> RunAsync(string[] args, bool http)
    {
        var users = Option(args, "--users", 200);
        var rounds = Option(args, "--rounds", 2);
        var open = Option(args, "--open", 1000);
        var think = TimeSpan.FromMilliseconds(Option(args, "--think-ms", 1000));
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordSettings { RecordRequests = false });
        var mode = http ? "discord-http" : "discord";
        using var host = http ? await StartEndpointAsync(server) : await StartAdapterAsync(server);
        if (!http)
        {
            await server.Gateway.WhenReadyAsync(TimeSpan.FromSeconds(30));
        }

        await RunStudentsAsync(server, 20, 1, "warmup-", TimeSpan.Zero); // JIT and pools, not measured
        Console.WriteLine($"{mode} baseline after warm-up (20 conversations): working set {WorkingSet() / 1048576.0:F0} MB");
        var (workingSet, heap, conversations) = await OpenConversationsAsync(server, host, open);
        Console.WriteLine($"{mode} open conversations: {conversations} held; working set {workingSet / 1048576.0:F0} MB, managed heap {heap / 1048576.0:F0} MB (whole process: adapter + fake Discord + simulated students)");

        var recorder = new LatencyRecorder($"{mode} round trip (fake sends interaction -> fake receives initial response), {users} users, think ~{think.TotalMilliseconds:F0} ms");
        var adapter = new LatencyRecorder(http
            ? "discord-http adapter (request received -> HTTP response written)"
            : "discord adapter (dispatch received -> initial response sent)");
        server.Responded += exchange => recorder.Record(exchange.Latency);
        using var listener = FirstResponses(adapter);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await RunStudentsAsync(server, users, rounds, "user-", think);
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine(adapter.Report());
        Console.WriteLine(recorder.Report());
        Console.WriteLine($"  {recorder.Count / clock.Elapsed.TotalSeconds:F0} interactions/s over {clock.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"  CPU per student action: {cpu.TotalMilliseconds * 1000 / Math.Max(1, recorder.Count):F0} µs (whole process: adapter, fake Discord and simulated students; {cpu.TotalSeconds:F1} s CPU)");
        Console.WriteLine($"  working set after the run: {WorkingSet() / 1048576.0:F0} MB");

        var p99Goal = http ? 5 : 15;
        var ok = adapter.Percentile(99) <= p99Goal && workingSet <= 200L * 1024 * 1024;
        Console.WriteLine((ok ? "goals met" : "GOALS MISSED") + $": p99 <= {p99Goal} ms, working set <= 200 MB");
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
        AddAdvisor(builder.Services, builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static void AddAdvisor(IServiceCollection services, IConfiguration configuration)
    {
        var content = AdvisorContent.Load(AdvisorContent.DefaultDirectory());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(content);
        services.AddSingleton(new ConversationEngine(content));
        var store = new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromDays(30));
        services.AddSingleton<IConversationStore>(store);
        services.AddSingleton<TurnHandler>();
        services.AddSingleton<IDeliveryLedger>(store.Deliveries);
        services.AddDiscordAdapter(configuration);
    }

    /// <summary>The adapter with a public key, its endpoint on loopback Kestrel; the fake POSTs interactions there.</summary>
    private static async Task<IHost> StartEndpointAsync(FakeDiscordServer server)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = server.Settings.Token,
            ["Discord:PublicKey"] = server.Settings.PublicKeyHex,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
        });
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        AddAdvisor(builder.Services, builder.Configuration);
        var app = builder.Build();
        app.MapDiscordEndpoints(app.Services);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.PostInteractionsTo(new Uri(address.TrimEnd('/') + "/discord/interactions"));
        return app;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
