using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// The floor scenario: the same students, rate and /proc figures as the discord scenario, against the floor probe
/// (tools/ResidencyAdvisor.FloorProbe), which does only the I/O a student action needs: one event read from a
/// WebSocket, one row loaded and saved in SQLite, one reply POSTed. Its CPU per action is what any program of this
/// design pays on the machine before it runs a line of its own logic.
/// </summary>
internal static class FloorLoad
{
    public static async Task<int> RunAsync(string program, string[] args)
    {
        var users = LoadOptions.Int(args, "--users", 200);
        var actions = LoadOptions.Int(args, "--actions", 36); // the discord scenario's 2 conversations of 18 actions
        var think = TimeSpan.FromMilliseconds(LoadOptions.Int(args, "--think-ms", 1000));
        var store = LoadOptions.String(args, "--store") ?? "sqlite";
        var handoff = LoadOptions.String(args, "--handoff") ?? "pool";

        var pending = new ConcurrentDictionary<string, TaskCompletionSource>();
        var gateway = new TaskCompletionSource<WebSocket>(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await StartPeerAsync(pending, gateway, done);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        await using var probe = AdvisorProcess.Start(program, new Dictionary<string, string>
        {
            ["Floor__Gateway"] = address.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway",
            ["Floor__Callback"] = address + "/callback/",
            ["Floor__Store"] = store,
            ["Floor__Handoff"] = handoff,
        });
        var mode = $"floor (store {store}, handoff {handoff})";
        var figures = new ProcessFigures(mode, probe);
        var latency = new LatencyRecorder($"{mode}, peer's side (event written -> reply received), {users} users, think ~{think.TotalMilliseconds:F0} ms");
        await probe.WaitUntilAsync(gateway.Task, "it connected");
        var socket = await gateway.Task;
        using var sending = new SemaphoreSlim(1, 1);
        var next = 0L;

        // Each student sends its events one at a time and thinks between them, as in the discord scenario.
        Task StudentsAsync(int count, int each, TimeSpan pause, LatencyRecorder? recorder) => Task.WhenAll(Enumerable.Range(0, count).Select(async user =>
        {
            for (var action = 0; action < each; action++)
            {
                var id = Interlocked.Increment(ref next).ToString(CultureInfo.InvariantCulture);
                var replied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                pending[id] = replied;
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

                await replied.Task.WaitAsync(TimeSpan.FromSeconds(30));
                recorder?.Record(sent, Stopwatch.GetTimestamp());
                await Task.Delay(pause * (0.5 + Random.Shared.NextDouble()));
            }
        }));

        try
        {
            await StudentsAsync(20, 5, TimeSpan.Zero, recorder: null); // the peer's JIT and both sides' pools, not measured
            figures.Connected();
            await StudentsAsync(users, actions, think, latency);
            figures.Ended();
        }
        catch (TimeoutException)
        {
            Console.WriteLine($"FAILED: {mode} on {program}: a reply took over 30 s. Its last output:{Environment.NewLine}{probe.RecentOutput()}");
            return 1;
        }


        Console.WriteLine($"{mode}: {users} students x {actions} actions through {program}");
        Console.WriteLine(figures.Report(latency.Count));
        Console.WriteLine(latency.Report());
        done.TrySetResult();
        var exit = await probe.StopAsync();
        Console.WriteLine($"  the probe stopped on SIGTERM with exit code {exit.ToString(CultureInfo.InvariantCulture)}");
        return exit == 0 ? 0 : 1;
    }

    /// <summary>A gateway dispatch about the size of an INTERACTION_CREATE for a button click.</summary>
    private static byte[] Frame(string id, string user) => Encoding.UTF8.GetBytes(
        $"{{\"op\":0,\"t\":\"INTERACTION_CREATE\",\"s\":{id},\"d\":{{\"id\":\"{id}\",\"user\":\"{user}\",\"data\":\"{new string('x', 1000)}\"}}}}");

    /// <summary>The peer: a WebSocket gateway the probe connects to and the callback endpoint it POSTs replies to.</summary>
    private static async Task<WebApplication> StartPeerAsync(
        ConcurrentDictionary<string, TaskCompletionSource> pending, TaskCompletionSource<WebSocket> gateway, TaskCompletionSource done)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        app.Map("/gateway", async (HttpContext context) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            gateway.TrySetResult(socket);
            await done.Task;
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        });
        app.MapPost("/callback/{id}", async (string id, HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            if (pending.TryRemove(id, out var replied))
            {
                replied.TrySetResult();
            }

            return Results.NoContent();
        });
        await app.StartAsync();
        return app;
    }
}
