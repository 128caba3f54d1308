using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ResidencyAdvisor.FloorProbe;

/// <summary>Gateway dispatches in, each answered by one interaction callback POSTed to the callback address plus its id.</summary>
internal sealed class DiscordShape(Uri callback) : FloorShape
{
    // About the size of one of the bot's replies to a question with its buttons.
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "{\"type\":7,\"data\":{\"content\":\"" + new string('x', 1200) + "\",\"components\":[]}}");

    /// <summary>The dispatch's d.id and d.user.</summary>
    public override FloorEvent? Read(ReadOnlySpan<byte> frame)
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

        return new FloorEvent(id ?? throw new InvalidDataException("An event without an id."), user ?? "", "");
    }

    public override HttpRequestMessage Reply(FloorEvent floorEvent)
    {
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, new Uri(callback, floorEvent.Id)) { Content = content };
    }
}
