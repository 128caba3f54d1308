using System.Net.WebSockets;

namespace ResidencyAdvisor.FloorProbe;

/// <summary>Reads events from the socket and answers each: ack (Slack), store (optional), then one reply POSTed.</summary>
internal sealed class FloorBot(FloorSettings settings, FloorShape shape, FloorStore? store) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ActivityHeadersPropagator = null,
        MaxConnectionsPerServer = 32,
    });

    public async Task RunAsync(CancellationToken stop)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(settings.Gateway, stop);
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == buffer.Length)
                    {
                        throw new InvalidDataException($"A frame over {buffer.Length} bytes; the load tool's are about 1 KB.");
                    }

                    result = await socket.ReceiveAsync(buffer.AsMemory(length), stop);
                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (shape.Read(buffer.AsSpan(0, length)) is not { } floorEvent)
                {
                    continue;
                }

                await shape.AckAsync(socket, floorEvent, stop);
                if (settings.Inline)
                {
                    await AnswerAsync(floorEvent);
                }
                else
                {
                    _ = Task.Run(() => AnswerAsync(floorEvent), CancellationToken.None);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task AnswerAsync(FloorEvent floorEvent)
    {
        try
        {
            store?.LoadAndSave(floorEvent.User);
            using var request = shape.Reply(floorEvent);
            using var response = await _http.SendAsync(request);
        }
        catch (Exception ex) when (ex is HttpRequestException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The load tool shows this output when a reply never arrives.
            await Console.Error.WriteLineAsync($"event {floorEvent.Id}: {ex.GetType().Name}: {ex.Message}");
        }
    }

    public void Dispose() => _http.Dispose();
}
