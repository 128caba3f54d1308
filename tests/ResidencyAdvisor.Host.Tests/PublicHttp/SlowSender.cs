using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace ResidencyAdvisor.Host.Tests.PublicHttp;

/// <summary>
/// An attacker's connection from issue 18 item 1: declares a large body and trickles it in, until the server answers
/// or closes the connection; records how long that took and what it answered.
/// </summary>
internal sealed class SlowSender
{
    private const int DeclaredLength = 256 * 1024;
    private const int BytesPerTick = 30;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    public int? Status { get; private set; }

    public TimeSpan CutOffAfter { get; private set; }

    /// <summary>Sends until the server answers or closes, or <paramref name="stop"/> fires.</summary>
    public async Task RunAsync(Uri server, string path, IEnumerable<string> headers, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, stop);
        var stream = client.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {DeclaredLength}\r\n"
            + string.Concat(headers.Select(h => h + "\r\n")) + "\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), stop);
        var answer = ReadStatusAsync(stream, stop);
        var chunk = Encoding.ASCII.GetBytes(new string(' ', BytesPerTick));
        try
        {
            while (!answer.IsCompleted && !stop.IsCancellationRequested)
            {
                await stream.WriteAsync(chunk, stop);
                await Task.WhenAny(answer, Task.Delay(Tick, stop));
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
        {
            // The server closed the connection: that is the cut-off being measured.
        }

        Status = await answer;
        CutOffAfter = Stopwatch.GetElapsedTime(started);
    }

    private static async Task<int?> ReadStatusAsync(NetworkStream stream, CancellationToken stop)
    {
        try
        {
            using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            var line = await reader.ReadLineAsync(stop);
            return line is null ? 0 : int.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
        {
            return 0;
        }
    }
}
