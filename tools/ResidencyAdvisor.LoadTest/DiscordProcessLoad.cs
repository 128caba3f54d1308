using System.Globalization;
using ResidencyAdvisor.Discord.Fakes;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// The Discord scenario against the real program in its own process (--binary): the fake Discord and the simulated
/// students live in this tool, the advisor runs as users run it (default settings, SQLite store), and its CPU and memory
/// come from /proc. Over the gateway, or (discord-http) POSTed, signed, to the program's /discord/interactions on a
/// loopback port. Latency is seen from the fake's side: interaction sent -> initial response received.
/// </summary>
internal static class DiscordProcessLoad
{
    public static Task<int> RunAsync(string program, string[] args) => RunAsync(program, args, http: false);

    public static Task<int> RunHttpAsync(string program, string[] args) => RunAsync(program, args, http: true);

    private static async Task<int> RunAsync(string program, string[] args, bool http)
    {
        var users = LoadOptions.Int(args, "--users", 200);
        var rounds = LoadOptions.Int(args, "--rounds", 2);
        var think = TimeSpan.FromMilliseconds(LoadOptions.Int(args, "--think-ms", 1000));
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordSettings { RecordRequests = false });
        var mode = http ? "discord-http" : "discord";
        var programLatency = ProgramLatency.ForFreePort("discord", fiveMsGoal: http);
        var settings = new Dictionary<string, string>
        {
            ["Discord__Token"] = server.Settings.Token,
            ["Discord__ApiBaseUrl"] = server.ApiBaseUrl,
            ["Metrics__Port"] = programLatency.Port,
        };
        if (http)
        {
            settings["Discord__PublicKey"] = server.Settings.PublicKeyHex;
            settings["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        }

        await FakeWarmUp.DiscordAsync(server);
        await using var advisor = AdvisorProcess.Start(program, settings);
        var figures = new ProcessFigures(mode, advisor);
        var latency = new LatencyRecorder($"{mode}, fake's side ({(http ? "request sent" : "dispatch written")} -> initial response received), {users} users, think ~{think.TotalMilliseconds:F0} ms");
        server.Responded += exchange => latency.Record(exchange.Latency);
        try
        {
            if (http)
            {
                await advisor.WaitUntilAsync(advisor.ListenerAddress, "its public listener started");
                server.PostInteractionsTo(new Uri(await advisor.ListenerAddress, "/discord/interactions"));
            }
            else
            {
                await advisor.WaitUntilAsync(server.Gateway.WhenReadyAsync(TimeSpan.FromMinutes(1)), "it connected to the gateway");
            }

            figures.Connected();
            await DiscordLoad.RunStudentsAsync(server, users, rounds, "user-", think);
            figures.Ended();
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            return advisor.Failed(mode, program, ex.Message);
        }

        Console.WriteLine($"{mode}: {users} students x {rounds} conversation(s) through {program}");
        Console.WriteLine(figures.Report(latency.Count));
        Console.WriteLine(latency.Report());
        Console.WriteLine(await programLatency.ReportAsync());

        var exit = await advisor.StopAsync();
        Console.WriteLine($"  the program stopped on SIGTERM with exit code {exit.ToString(CultureInfo.InvariantCulture)}");
        return exit == 0 ? 0 : 1;
    }
}
