using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// The floor scenario: the same students, rate and /proc figures as the discord scenario, against the floor probe
/// (tools/ResidencyAdvisor.FloorProbe), which does only the I/O a student action needs: one event read from a
/// WebSocket, one row loaded and saved in SQLite, one reply POSTed. Its CPU per action is what any program of this
/// design pays on the machine before it runs a line of its own logic.
/// </summary>
internal static class FloorLoad
{
    private static readonly string[] Stores = ["sqlite", "sqlite-exclusive", "none"];
    private static readonly string[] Handoffs = ["pool", "inline"];

    public static async Task<int> RunAsync(string program, string[] args)
    {
        // The probe would read a mistyped value as the default, and the figures would be for the wrong variant.
        if (!Stores.Contains(LoadOptions.String(args, "--store") ?? "sqlite") || !Handoffs.Contains(LoadOptions.String(args, "--handoff") ?? "pool"))
        {
            await Console.Error.WriteLineAsync($"floor: --store is one of {string.Join("|", Stores)}; --handoff is one of {string.Join("|", Handoffs)}");
            return 2;
        }

        await using var peer = await FloorPeer.StartAsync();

        // Its own file, even when the tool's environment names the bot's database (Storage__SqlitePath, as in .ci/run).
        var data = Directory.CreateTempSubdirectory("residency-advisor-floor-");
        try
        {
            return await MeasureAsync(program, Path.Combine(data.FullName, "floor.db"), peer, args);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task<int> MeasureAsync(string program, string sqlitePath, FloorPeer peer, string[] args)
    {
        var users = LoadOptions.Int(args, "--users", 200);
        var actions = LoadOptions.Int(args, "--actions", 36); // the discord scenario's 2 conversations of 18 actions
        var think = TimeSpan.FromMilliseconds(LoadOptions.Int(args, "--think-ms", 1000));
        var store = LoadOptions.String(args, "--store") ?? "sqlite";
        var handoff = LoadOptions.String(args, "--handoff") ?? "pool";
        await using var probe = AdvisorProcess.Start(program, new Dictionary<string, string>
        {
            ["Floor__SqlitePath"] = sqlitePath,
            ["Floor__Gateway"] = peer.Address.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway",
            ["Floor__Callback"] = peer.Address + "/callback/",
            ["Floor__Store"] = store,
            ["Floor__Handoff"] = handoff,
        });
        var mode = $"floor (store {store}, handoff {handoff})";
        var figures = new ProcessFigures(mode, probe);
        var latency = new LatencyRecorder($"{mode}, peer's side (event written -> reply received), {users} users, think ~{think.TotalMilliseconds:F0} ms");
        using var sending = new SemaphoreSlim(1, 1);
        var next = 0L;

        // Each student sends its events one at a time and thinks between them, as in the discord scenario.
        async Task StudentsAsync(WebSocket socket, int count, int each, TimeSpan pause, LatencyRecorder? recorder) =>
            await Task.WhenAll(Enumerable.Range(0, count).Select(async user =>
            {
                for (var action = 0; action < each; action++)
                {
                    var id = Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture);
                    var replied = peer.Expect(id);
                    var frame = Frame(id, "user-" + user.ToString(CultureInfo.InvariantCulture));
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

                    await replied.WaitAsync(TimeSpan.FromSeconds(30));
                    recorder?.Record(sent, Stopwatch.GetTimestamp());
                    await Task.Delay(pause * (0.5 + Random.Shared.NextDouble()));
                }
            }));

        try
        {
            await probe.WaitUntilAsync(peer.Gateway, "it connected");
            var socket = await peer.Gateway;
            await StudentsAsync(socket, 20, 5, TimeSpan.Zero, recorder: null); // the peer's JIT and both sides' pools, not measured
            figures.Connected();
            await StudentsAsync(socket, users, actions, think, latency);
            figures.Ended();
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            return probe.Failed(mode, program, ex.Message);
        }

        Console.WriteLine($"{mode}: {users} students x {actions} actions through {program}");
        Console.WriteLine(figures.Report(latency.Count));
        Console.WriteLine(latency.Report());
        peer.Done();
        var exit = await probe.StopAsync();
        Console.WriteLine($"  the probe stopped on SIGTERM with exit code {exit.ToString(CultureInfo.InvariantCulture)}");
        return exit == 0 ? 0 : 1;
    }

    /// <summary>A gateway dispatch about the size of an INTERACTION_CREATE for a button click.</summary>
    private static byte[] Frame(string id, string user) => Encoding.UTF8.GetBytes(
        $"{{\"op\":0,\"t\":\"INTERACTION_CREATE\",\"s\":{id},\"d\":{{\"id\":\"{id}\",\"user\":\"{user}\",\"data\":\"{new string('x', 1000)}\"}}}}");
}
