using System.Buffers;
using System.Net.WebSockets;

namespace ResidencyAdvisor.Slack.SocketMode;

/// <summary>One Socket Mode WebSocket: reads whole frames, sends one frame at a time, and notes hello and disconnect.</summary>
internal sealed class SocketModeConnection(int slot) : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Slot => slot;

    public Task Hello => _hello.Task;

    /// <summary>Completes with the reason when Slack announces it will close this socket.</summary>
    public Task<string> DisconnectRequested => _disconnect.Task;

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => _socket.ConnectAsync(url, cancellationToken);

    public void MarkHello() => _hello.TrySetResult();

    public void MarkDisconnect(string reason) => _disconnect.TrySetResult(reason);

    /// <summary>Reads frames until the socket closes; throws when it drops.</summary>
    public async Task ReceiveAsync(Func<ReadOnlyMemory<byte>, SocketModeConnection, CancellationToken, ValueTask> onFrame,
        CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (_socket.State == WebSocketState.Open)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer.GetMemory(8 * 1024), cancellationToken);
                buffer.Advance(result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(cancellationToken);
                return;
            }

            await onFrame(buffer.WrittenMemory, this, cancellationToken);
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
            }
            catch (WebSocketException)
            {
                // Already gone: nothing to close.
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
