using System.Net.WebSockets;
using System.Text;

namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>A server-side WebSocket with serialized sends.</summary>
internal sealed class FakeSocket(WebSocket socket)
{
    private readonly SemaphoreSlim _send = new(1, 1);

    public async Task SendAsync(string json)
    {
        await _send.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
            // The bot is gone; the event stays in the log for a resume.
        }
        finally
        {
            _send.Release();
        }
    }

    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
    }

    public async Task CloseAsync(int code)
    {
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by fake", CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
            // Already closed.
        }
    }

    public void Abort() => socket.Abort();
}
