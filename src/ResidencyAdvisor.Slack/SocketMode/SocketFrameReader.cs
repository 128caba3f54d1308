using System.Text.Json;
using ResidencyAdvisor.Core.Io;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.SocketMode;

/// <summary>
/// Reads a Socket Mode frame's envelope fields and keeps the payload as raw JSON, so the payload is parsed once,
/// straight into its own type, instead of into a JsonElement and then again from it.
/// </summary>
internal static class SocketFrameReader
{
    /// <summary>The frame's envelope; throws <see cref="JsonException"/> when it is not a JSON object of the expected shape.</summary>
    public static SocketMessagePayload Read(ReadOnlySpan<byte> frame)
    {
        var reader = JsonFields.Open(frame);
        var message = new SocketMessagePayload();
        while (JsonFields.Next(ref reader, out var name))
        {
            if (name.ValueTextEquals("type"u8))
            {
                message.Type = JsonFields.String(ref reader, "type");
            }
            else if (name.ValueTextEquals("envelope_id"u8))
            {
                message.EnvelopeId = JsonFields.String(ref reader, "envelope_id");
            }
            else if (name.ValueTextEquals("payload"u8))
            {
                message.Payload = JsonFields.Raw(ref reader, frame) ?? ReadOnlyMemory<byte>.Empty;
            }
            else if (name.ValueTextEquals("retry_attempt"u8))
            {
                message.RetryAttempt = JsonFields.Int(ref reader, "retry_attempt");
            }
            else if (name.ValueTextEquals("retry_reason"u8))
            {
                message.RetryReason = JsonFields.String(ref reader, "retry_reason");
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
                message.Reason = JsonFields.String(ref reader, "reason");
            }
            else
            {
                reader.Skip();
            }
        }

        JsonFields.Close(ref reader);
        return message;
    }
}
