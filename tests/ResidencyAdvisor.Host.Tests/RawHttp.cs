using System.Net.Sockets;
using System.Text;

namespace ResidencyAdvisor.Host.Tests;

/// <summary>Sends bytes exactly as written (a client library would re-encode a path or choose its own framing) and reads the status line.</summary>
internal static class RawHttp
{
    public static async Task<int> SendAsync(Uri server, string head, byte[]? body = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        if (body is not null)
        {
            await stream.WriteAsync(body);
        }

        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var statusLine = await reader.ReadLineAsync(timeout.Token) ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
