using System.Text.Json;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Gateway;

/// <summary>
/// Reads a frame's envelope (op, s, t) and keeps "d" as raw JSON, so an event's data is parsed once, straight into its
/// own type, instead of first into a JsonElement and then again from it.
/// </summary>
internal static class GatewayFrameReader
{
    /// <summary>The frame's envelope; throws <see cref="JsonException"/> when it is not a JSON object with an op.</summary>
    public static GatewayPayload Read(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A gateway frame is not a JSON object.");
        }

        int? op = null;
        int? sequence = null;
        string? eventName = null;
        ReadOnlyMemory<byte>? data = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader;
            reader.Read();
            if (name.ValueTextEquals("op"u8))
            {
                op = Int(ref reader, "op");
            }
            else if (name.ValueTextEquals("s"u8))
            {
                sequence = reader.TokenType == JsonTokenType.Null ? null : Int(ref reader, "s");
            }
            else if (name.ValueTextEquals("t"u8))
            {
                eventName = reader.TokenType switch
                {
                    JsonTokenType.Null => null,
                    JsonTokenType.String => reader.GetString(),
                    _ => throw new JsonException("A gateway frame's t is not a string."),
                };
            }
            else if (name.ValueTextEquals("d"u8))
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (reader.TokenType != JsonTokenType.Null)
                {
                    // A copy: the frame's buffer is reused for the next frame.
                    data = frame[start..(int)reader.BytesConsumed].ToArray();
                }
            }
            else
            {
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("A gateway frame has trailing or missing content.");
        }

        return new GatewayPayload
        {
            Op = op ?? throw new JsonException("A gateway frame without op."),
            S = sequence,
            T = eventName,
            D = data,
        };
    }

    private static int Int(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value)
            ? value
            : throw new JsonException($"A gateway frame's {name} is not a whole number.");
}
