using System.Text.Json;
using ResidencyAdvisor.Core.Io;
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
        var reader = JsonFields.Open(frame);
        int? op = null;
        int? sequence = null;
        string? eventName = null;
        ReadOnlyMemory<byte>? data = null;
        while (JsonFields.Next(ref reader, out var name))
        {
            if (name.ValueTextEquals("op"u8))
            {
                op = JsonFields.Int(ref reader, "op");
            }
            else if (name.ValueTextEquals("s"u8))
            {
                sequence = reader.TokenType == JsonTokenType.Null ? null : JsonFields.Int(ref reader, "s");
            }
            else if (name.ValueTextEquals("t"u8))
            {
                eventName = JsonFields.String(ref reader, "t");
            }
            else if (name.ValueTextEquals("d"u8))
            {
                data = JsonFields.Raw(ref reader, frame);
            }
            else
            {
                reader.Skip();
            }
        }

        JsonFields.Close(ref reader);
        return new GatewayPayload
        {
            Op = op ?? throw new JsonException("A gateway frame without op."),
            S = sequence,
            T = eventName,
            D = data,
        };
    }
}
