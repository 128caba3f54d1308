using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>One Socket Mode connection as the fake Slack sees it: it can ask for a refresh, close, or drop abruptly.</summary>
public sealed class FakeSocket
{
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Kestrel recycles an HttpContext once its request ends, and Abort on a recycled one throws from inside ASP.NET
    // Core; so Drop and the end of the request take turns, and Drop does nothing after the request has ended.
    private readonly Lock _request = new();
    private bool _requestEnded;

    internal FakeSocket(int index, WebSocket socket, HttpContext context)
    {
        Index = index;
        _socket = socket;
        _context = context;
    }

    /// <summary>0 for the first socket the adapter opened, 1 for the next...</summary>
    public int Index { get; }

    public bool IsOpen => !_closed.Task.IsCompleted && _socket.State == WebSocketState.Open;

    public Task Closed => _closed.Task;

    /// <summary>The close code the adapter sent, once it closed this socket with a handshake.</summary>
    public WebSocketCloseStatus? ClosedWith { get; private set; }

    public Task SendDisconnectAsync(string reason) =>
        SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "fake" } });

    /// <summary>Closes with a proper close handshake, as Slack does after a disconnect warning.</summary>
    public async Task CloseAsync()
    {
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "refresh", CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
    }

    /// <summary>Drops the TCP connection with no close frame, like a network failure.</summary>
    public void Drop()
    {
        lock (_request)
        {
            if (!_requestEnded)
            {
                _context.Abort();
            }
        }

        _closed.TrySetResult();
    }

    internal Task SendAsync(JsonNode message) => SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), null);

    /// <summary>Sends a frame; <paramref name="writing"/> runs at the last moment before the write, to start a latency clock.</summary>
    internal async Task SendAsync(byte[] bytes, Action? writing)
    {
        await _send.WaitAsync();
        try
        {
            writing?.Invoke();
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    internal async Task ReceiveAsync(Action<JsonNode, long> onMessage)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var receivedAt = Stopwatch.GetTimestamp();

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClosedWith = result.CloseStatus;
                    await CloseAsync();
                    break;
                }

                if (JsonNode.Parse(frame.ToArray()) is { } node)
                {
                    onMessage(node, receivedAt);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The client went away.
        }
        finally
        {
            lock (_request)
            {
                _requestEnded = true;
            }

            _closed.TrySetResult();
        }
    }
}
