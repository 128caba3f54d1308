using System.Text.Json;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.SocketMode;

/// <summary>
/// Reads a Socket Mode frame's envelope fields with a <see cref="Utf8JsonReader"/> and keeps the payload as raw JSON,
/// so the payload is parsed once, straight into its own type, instead of into a JsonElement and then again from it.
/// </summary>
internal static class SocketFrameReader
{
    /// <summary>The frame's envelope; throws <see cref="JsonException"/> when it is not a JSON object of the expected shape.</summary>
    public static SocketMessagePayload Read(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a frame that is not a JSON object");
        }

        var message = new SocketMessagePayload();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader;
            reader.Read();
            if (name.ValueTextEquals("type"u8))
            {
                message.Type = String(ref reader);
            }
            else if (name.ValueTextEquals("envelope_id"u8))
            {
                message.EnvelopeId = String(ref reader);
            }
            else if (name.ValueTextEquals("payload"u8))
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (reader.TokenType != JsonTokenType.Null)
                {
                    // A copy: the connection reuses the frame's buffer for the next frame.
                    message.Payload = frame[start..(int)reader.BytesConsumed].ToArray();
                }
            }
            else if (name.ValueTextEquals("retry_attempt"u8))
            {
                message.RetryAttempt = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var attempt)
                    ? attempt
                    : throw new JsonException("retry_attempt is not a whole number");
            }
            else if (name.ValueTextEquals("retry_reason"u8))
            {
                message.RetryReason = String(ref reader);
            }
            else if (name.ValueTextEquals("accepts_response_payload"u8))
            {
                message.AcceptsResponsePayload = reader.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    _ => throw new JsonException("accepts_response_payload is not true or false"),
                };
            }
            else if (name.ValueTextEquals("reason"u8))
            {
                message.Reason = String(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("a frame with trailing or missing content");
        }

        return message;
    }

    private static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException("a field that should be text is not"),
    };
}
