using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// The program's own first-response histogram, read from its /metrics at the end of a --binary run: how many first
/// responses it timed within 5, 10 and 25 ms. Its buckets start at 5 ms, so this says whether p99 ≤ 5 ms (the goal for
/// Slack's acks and Discord's HTTP responses) held in the program itself, without the fake's side of the loopback.
/// </summary>
internal sealed class ProgramLatency(string platform, int port, bool fiveMsGoal)
{
    private static readonly string[] Bounds = ["5", "10", "25"];

    /// <summary>A free loopback port for Metrics__Port (taken from the system, then released for the program to bind).</summary>
    public static ProgramLatency ForFreePort(string platform, bool fiveMsGoal)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new ProgramLatency(platform, port, fiveMsGoal);
    }

    public string Port => port.ToString(CultureInfo.InvariantCulture);

    public async Task<string> ReportAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var text = await http.GetStringAsync(new Uri($"http://localhost:{Port}/metrics"));
        var name = platform + "_first_response_duration_milliseconds";
        var lines = text.Split('\n');
        var count = Value(lines.FirstOrDefault(l => l.StartsWith(name + "_count{", StringComparison.Ordinal)));
        if (count is not > 0)
        {
            return $"  program's own histogram ({name}): no first responses recorded";
        }

        // Discord's own limit: an initial response after 3 s fails the student's click. Absent until the first one.
        var late = platform == "discord"
            ? $"; initial responses after Discord's 3 s (discord_acks_late_total): {lines.Where(l => l.StartsWith("discord_acks_late_total", StringComparison.Ordinal)).Sum(l => Value(l) ?? 0):F0}"
            : "";
        var within = Bounds.Select(bound => (bound, value: Value(lines.FirstOrDefault(l =>
            l.StartsWith(name + "_bucket{", StringComparison.Ordinal) && l.Contains($"le=\"{bound}\"", StringComparison.Ordinal))) ?? 0));
        return $"  program's own histogram ({name}: request/frame received -> first response written), {count:F0} first responses: "
            + string.Join(", ", within.Select(w => $"{w.value / count * 100:F2} % within {w.bound} ms"))
            + (fiveMsGoal ? $"; p99 <= 5 ms {(within.First().value / count >= 0.99 ? "met" : "NOT met")}" : "") + late;
    }

    private static double? Value(string? line) =>
        line is not null && double.TryParse(line[(line.LastIndexOf(' ') + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
