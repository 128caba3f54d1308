using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Gateway;

/// <summary>
/// JSON frames over one ClientWebSocket: sends are serialized (heartbeats and commands may race), receives reassemble
/// fragmented messages into one reused buffer.
/// </summary>
internal sealed class GatewaySocket(ILogger logger) : IAsyncDisposable
{
    /// <summary>Gateway events for a bot without intents are kilobytes; one past this is closed with 1009, not buffered.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    /// <summary>True once the gateway sent a close frame; <see cref="CloseStatus"/> then holds its code.</summary>
    public bool Closed => _socket.State is WebSocketState.CloseReceived or WebSocketState.Closed;

    public int? CloseStatus => (int?)_socket.CloseStatus;

    public Task ConnectAsync(Uri gatewayUrl, CancellationToken cancellationToken) =>
        _socket.ConnectAsync(new UriBuilder(gatewayUrl) { Query = "v=10&encoding=json" }.Uri, cancellationToken);

    public async Task SendAsync<T>(T payload, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, typeInfo);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next frame, or null on close (see <see cref="Closed"/>) or a malformed frame (logged).</summary>
    public async Task<GatewayPayload?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(_buffer.GetMemory(8 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _buffer.Advance(result.Count);
            if (_buffer.WrittenCount > MaxMessageBytes)
            {
                logger.MessageTooBig(MaxMessageBytes);
                await CloseTooBigAsync();
                throw new WebSocketException(WebSocketError.Faulted, $"A gateway message was over {MaxMessageBytes} bytes.");
            }
        }
        while (!result.EndOfMessage);

        try
        {
            return GatewayFrameReader.Read(_buffer.WrittenSpan);
        }
        catch (JsonException ex)
        {
            logger.MalformedPayload(ex);
            return null;
        }
    }

    private async Task CloseTooBigAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "message too big", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Already gone.
        }
    }

    /// <summary>Drops the connection at once, without a close handshake (a zombie link would never finish one).</summary>
    public void Abort() => _socket.Abort();

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            // 4000 rather than 1000: a normal close would invalidate the session we want to resume.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)4000, "reconnecting", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // Already gone; nothing to tidy.
            }
        }

        _socket.Dispose();
        _sendLock.Dispose();
    }
}
