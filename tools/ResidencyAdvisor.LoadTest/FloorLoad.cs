using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// The floor scenarios: the same students, rate and /proc figures as the discord scenario (floor) or the slack scenario
/// (floor-slack), against the floor probe (tools/ResidencyAdvisor.FloorProbe), which does only the I/O a student action
/// needs: one event read from a WebSocket (and acked there, on Slack), one row loaded and saved in SQLite, one reply
/// POSTed. Its CPU per action is what any program of this design pays on the machine before it runs a line of its own logic.
/// </summary>
internal static class FloorLoad
{
    private static readonly string[] Stores = ["sqlite", "sqlite-exclusive", "none"];
    private static readonly string[] Handoffs = ["pool", "inline"];

    public static Task<int> RunAsync(string program, string[] args) => RunAsync(program, args, FloorShape.Discord);

    public static Task<int> RunSlackAsync(string program, string[] args) => RunAsync(program, args, FloorShape.Slack);

    private static async Task<int> RunAsync(string program, string[] args, FloorShape shape)
    {
        // The probe would read a mistyped value as the default, and the figures would be for the wrong variant.
        if (!Stores.Contains(LoadOptions.String(args, "--store") ?? "sqlite") || !Handoffs.Contains(LoadOptions.String(args, "--handoff") ?? "pool"))
        {
            await Console.Error.WriteLineAsync($"floor scenarios: --store is one of {string.Join("|", Stores)}; --handoff is one of {string.Join("|", Handoffs)}");
            return 2;
        }

        await using var peer = await FloorPeer.StartAsync(shape);

        // Its own file, even when the tool's environment names the bot's database (Storage__SqlitePath, as in .ci/run).
        var data = Directory.CreateTempSubdirectory("residency-advisor-floor-");
        try
        {
            return await MeasureAsync(program, Path.Combine(data.FullName, "floor.db"), peer, shape, args);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task<int> MeasureAsync(string program, string sqlitePath, FloorPeer peer, FloorShape shape, string[] args)
    {
        var users = LoadOptions.Int(args, "--users", 200);
        var actions = LoadOptions.Int(args, "--actions", shape.Actions);
        var think = TimeSpan.FromMilliseconds(LoadOptions.Int(args, "--think-ms", 1000));
        var store = LoadOptions.String(args, "--store") ?? "sqlite";
        var handoff = LoadOptions.String(args, "--handoff") ?? "pool";
        var settings = new Dictionary<string, string>
        {
            ["Floor__SqlitePath"] = sqlitePath,
            ["Floor__Gateway"] = peer.Address.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway",
            ["Floor__Callback"] = peer.Address + (shape.Acks ? "/api/chat.postMessage" : "/callback/"),
            ["Floor__Store"] = store,
            ["Floor__Handoff"] = handoff,
            ["Floor__Shape"] = shape.Name,
        };
        if (shape.Acks)
        {
            settings["Floor__Token"] = FakeSlack.BotToken;
        }

        await using var probe = AdvisorProcess.Start(program, settings);
        var mode = $"floor {shape.Name} (store {store}, handoff {handoff})";
        var figures = new ProcessFigures(mode, probe);
        var latency = new LatencyRecorder($"{mode}, peer's side (event written -> reply received), {users} users, think ~{think.TotalMilliseconds:F0} ms");
        var acks = new LatencyRecorder($"{mode}, peer's side (envelope written -> ack read)");
        using var sending = new SemaphoreSlim(1, 1);
        var next = 0L;

        // Each student sends its events one at a time and thinks between them, as in the scenario the shape follows.
        async Task StudentsAsync(WebSocket socket, int count, int each, TimeSpan pause, bool measured) =>
            await Task.WhenAll(Enumerable.Range(0, count).Select(async student =>
            {
                var user = shape.User(student);
                Task Think() => Task.Delay(pause * (0.5 + Random.Shared.NextDouble()));
                for (var action = 0; action < each; action++)
                {
                    if (shape.PausesBefore?.Invoke(action) == true)
                    {
                        await Think();
                    }

                    var id = Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture);
                    var replied = peer.Expect(shape.ReplyKey(id, user));
                    var acked = shape.Acks ? peer.ExpectAck(id) : null;
                    var frame = shape.Frame(id, user);
                    await sending.WaitAsync();
                    var sent = Stopwatch.GetTimestamp();
                    try
                    {
                        await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                    }
                    finally
                    {
                        sending.Release();
                    }

                    if (acked is not null)
                    {
                        var ackedAt = await acked.WaitAsync(TimeSpan.FromSeconds(30));
                        if (measured)
                        {
                            acks.Record(sent, ackedAt);
                        }
                    }

                    var repliedAt = await replied.WaitAsync(TimeSpan.FromSeconds(30));
                    if (measured)
                    {
                        latency.Record(sent, repliedAt);
                    }

                    if (shape.PausesBefore is null)
                    {
                        await Think();
                    }
                }
            }));

        try
        {
            await probe.WaitUntilAsync(peer.Gateway, "it connected");
            var socket = await peer.Gateway;
            await StudentsAsync(socket, 20, 5, TimeSpan.Zero, measured: false); // the peer's JIT and both sides' pools
            figures.Connected();
            await StudentsAsync(socket, users, actions, think, measured: true);
            figures.Ended();
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            return probe.Failed(mode, program, ex.Message);
        }

        Console.WriteLine($"{mode}: {users} students x {actions} actions through {program}");
        // Per action as in the scenario the shape follows: Slack's counts envelopes acknowledged, Discord's replies.
        Console.WriteLine(figures.Report(shape.Acks ? acks.Count : latency.Count));
        if (shape.Acks)
        {
            Console.WriteLine(acks.Report());
        }

        Console.WriteLine(latency.Report());
        peer.Done();
        var exit = await probe.StopAsync();
        Console.WriteLine($"  the probe stopped on SIGTERM with exit code {exit.ToString(CultureInfo.InvariantCulture)}");
        return exit == 0 ? 0 : 1;
    }
}
