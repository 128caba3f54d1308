using System.Text.Json;

namespace ResidencyAdvisor.Slack.Payloads;

/// <summary>Any frame Slack sends over Socket Mode: hello, disconnect, or an envelope to acknowledge.</summary>
internal sealed class SocketMessagePayload
{
    public string? Type { get; set; }

    public string? EnvelopeId { get; set; }

    public JsonElement Payload { get; set; }

    public int RetryAttempt { get; set; }

    public string? RetryReason { get; set; }

    public bool AcceptsResponsePayload { get; set; }

    /// <summary>For disconnect: refresh_requested, warning, link_disabled.</summary>
    public string? Reason { get; set; }
}

/// <summary>The acknowledgement of one envelope, with an optional response (slash command text, view errors).</summary>
internal sealed record SocketAckPayload(string EnvelopeId, JsonElement? Payload);
