using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ResidencyAdvisor.FloorProbe;

/// <summary>
/// Socket Mode envelopes in (block_actions, as a student's button click), each acked on the socket at once as Slack
/// requires within 3 s, and answered by one chat.postMessage POSTed to the Web API with the bot token.
/// </summary>
internal sealed class SlackShape(Uri postMessage, string token) : FloorShape
{
    private static readonly byte[] AckStart = "{\"envelope_id\":\""u8.ToArray();
    private static readonly byte[] BodyStart = "{\"channel\":\""u8.ToArray();

    // With the channel, about the size of one of the bot's questions with its buttons.
    private static readonly byte[] BodyEnd = Encoding.UTF8.GetBytes("\",\"text\":\"" + new string('x', 1150) + "\",\"blocks\":[]}");

    private readonly AuthenticationHeaderValue _authorization = new("Bearer", token);

    // Acks are written only by the reading loop, one at a time, so one buffer serves them all.
    private readonly byte[] _ack = new byte[256];

    /// <summary>The envelope_id, and the payload's user.id and channel.id.</summary>
    public override FloorEvent? Read(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
        string? envelope = null;
        string? user = null;
        string? channel = null;
        var inside = 0; // which payload object the reader is in: 1 user, 2 channel, 0 another
        while ((envelope is null || user is null || channel is null) && reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.CurrentDepth == 1 && reader.ValueTextEquals("envelope_id"u8))
            {
                reader.Read();
                envelope = reader.GetString();
            }
            else if (reader.CurrentDepth == 2)
            {
                inside = reader.ValueTextEquals("user"u8) ? 1 : reader.ValueTextEquals("channel"u8) ? 2 : 0;
            }
            else if (reader.CurrentDepth == 3 && inside != 0 && reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                (inside == 1 ? ref user : ref channel) = reader.GetString();
            }
        }

        // Hello (and disconnect) frames carry no envelope.
        return envelope is null ? null : new FloorEvent(envelope, user ?? "", channel ?? throw new InvalidDataException("An envelope without a channel."));
    }

    public override async ValueTask AckAsync(WebSocket socket, FloorEvent floorEvent, CancellationToken stop)
    {
        if (AckStart.Length + Encoding.UTF8.GetMaxByteCount(floorEvent.Id.Length) + 2 > _ack.Length)
        {
            throw new InvalidDataException($"An envelope id of {floorEvent.Id.Length} characters; Slack's are 36.");
        }

        AckStart.CopyTo(_ack, 0);
        var length = AckStart.Length + Encoding.UTF8.GetBytes(floorEvent.Id, _ack.AsSpan(AckStart.Length));
        "\"}"u8.CopyTo(_ack.AsSpan(length));
        await socket.SendAsync(_ack.AsMemory(0, length + 2), WebSocketMessageType.Text, endOfMessage: true, stop);
    }

    public override HttpRequestMessage Reply(FloorEvent floorEvent)
    {
        var body = new byte[BodyStart.Length + Encoding.UTF8.GetByteCount(floorEvent.Channel) + BodyEnd.Length];
        BodyStart.CopyTo(body, 0);
        var at = BodyStart.Length + Encoding.UTF8.GetBytes(floorEvent.Channel, body.AsSpan(BodyStart.Length));
        BodyEnd.CopyTo(body, at);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, postMessage) { Content = content };
        request.Headers.Authorization = _authorization;
        return request;
    }
}
