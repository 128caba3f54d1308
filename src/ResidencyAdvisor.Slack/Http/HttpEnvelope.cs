using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.Http;

/// <summary>What a verified request to /slack/events carries: a challenge to echo, an envelope to plan, or nothing to do.</summary>
internal sealed record HttpEnvelope(string? Challenge, SocketMessagePayload? Envelope)
{
    public static HttpEnvelope Nothing { get; } = new(null, null);
}
