using System.Buffers;
using System.Net.WebSockets;

namespace ResidencyAdvisor.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: reads whole frames (up to <see cref="MaxMessageBytes"/>), sends one frame at a time, notes
/// hello and disconnect, and pings Slack so a link that stalls with TCP still up is dropped instead of trusted.
/// </summary>
internal sealed class SocketModeConnection : IAsyncDisposable
{
    /// <summary>Slack's envelopes are kilobytes; a message past this is closed with 1009 rather than buffered.</summary>
    public const int MaxMessageBytes = 1024 * 1024;

    private readonly ClientWebSocket _socket = new();
    private readonly int _slot;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A socket pinged every <paramref name="keepAlive"/> and aborted when a pong is that late.</summary>
    public SocketModeConnection(int slot, TimeSpan keepAlive)
    {
        _slot = slot;
        _socket.Options.KeepAliveInterval = keepAlive;
        _socket.Options.KeepAliveTimeout = keepAlive;
    }

    public int Slot => _slot;

    /// <summary>True when the last receive ended because a message was over <see cref="MaxMessageBytes"/>.</summary>
    public bool ClosedTooBig { get; private set; }

    public Task Hello => _hello.Task;

    /// <summary>Completes with the reason when Slack announces it will close this socket.</summary>
    public Task<string> DisconnectRequested => _disconnect.Task;

    /// <summary>Connects, giving up with a <see cref="TimeoutException"/> after <paramref name="timeout"/> (TCP, TLS and upgrade together).</summary>
    public async Task ConnectAsync(Uri url, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await _socket.ConnectAsync(url, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The Socket Mode WebSocket did not open within {timeout}.");
        }
    }

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
                if (buffer.WrittenCount > MaxMessageBytes)
                {
                    ClosedTooBig = true;
                    await CloseAsync(WebSocketCloseStatus.MessageTooBig, cancellationToken);
                    throw new WebSocketException(WebSocketError.Faulted, $"A Socket Mode message was over {MaxMessageBytes} bytes.");
                }
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

    public Task CloseAsync(CancellationToken cancellationToken) => CloseAsync(WebSocketCloseStatus.NormalClosure, cancellationToken);

    private async Task CloseAsync(WebSocketCloseStatus status, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await _socket.CloseOutputAsync(status, null, cancellationToken);
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
