using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ResidencyAdvisor.FloorProbe;

/// <summary>Reads events from the gateway socket and answers each: store (optional), then one reply POSTed.</summary>
internal sealed class FloorBot(FloorSettings settings, FloorStore? store) : IDisposable
{
    // About the size of one of the bot's replies to a question with its buttons.
    private static readonly byte[] Reply = Encoding.UTF8.GetBytes(
        "{\"type\":7,\"data\":{\"content\":\"" + new string('x', 1200) + "\",\"components\":[]}}");

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

                var (id, user) = Read(buffer.AsSpan(0, length));
                if (settings.Inline)
                {
                    await AnswerAsync(id, user);
                }
                else
                {
                    _ = Task.Run(() => AnswerAsync(id, user), CancellationToken.None);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task AnswerAsync(string id, string user)
    {
        try
        {
            store?.LoadAndSave(user);
            using var content = new ByteArrayContent(Reply);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _http.PostAsync(new Uri(settings.Callback, id), content);
        }
        catch (Exception ex) when (ex is HttpRequestException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The load tool shows this output when a reply never arrives.
            await Console.Error.WriteLineAsync($"event {id}: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>The event's id and user: the two fields a turn needs before it can load anything.</summary>
    private static (string Id, string User) Read(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
        string? id = null;
        string? user = null;
        while (reader.Read() && (id is null || user is null))
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 2)
            {
                var name = reader.ValueTextEquals("id"u8) ? 1 : reader.ValueTextEquals("user"u8) ? 2 : 0;
                reader.Read();
                if (name == 1)
                {
                    id = reader.GetString();
                }
                else if (name == 2)
                {
                    user = reader.GetString();
                }
            }
        }

        return (id ?? throw new InvalidDataException("An event without an id."), user ?? "");
    }

    public void Dispose() => _http.Dispose();
}
