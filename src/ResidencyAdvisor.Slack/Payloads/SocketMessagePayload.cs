using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>Any frame Slack sends over Socket Mode: hello, disconnect, or an envelope to acknowledge.</summary>
internal sealed class SocketMessagePayload
{
    public string? Type { get; set; }

    public string? EnvelopeId { get; set; }

    /// <summary>The envelope's payload exactly as sent (empty when there is none), read once into its own type by the planner.</summary>
    public ReadOnlyMemory<byte> Payload { get; set; }

    public int RetryAttempt { get; set; }

    public string? RetryReason { get; set; }

    public bool AcceptsResponsePayload { get; set; }

    /// <summary>For disconnect: refresh_requested, warning, link_disabled.</summary>
    public string? Reason { get; set; }

    /// <summary>The payload read as <typeparamref name="T"/>; throws <see cref="JsonException"/> when there is none or it does not fit.</summary>
    public T? PayloadAs<T>(JsonTypeInfo<T> typeInfo) =>
        Payload.IsEmpty ? throw new JsonException($"a {Type} envelope without a payload") : JsonSerializer.Deserialize(Payload.Span, typeInfo);
}

/// <summary>The acknowledgement of one envelope, with an optional response (slash command text, view errors).</summary>
internal sealed record SocketAckPayload(string EnvelopeId, JsonElement? Payload);
