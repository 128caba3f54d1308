using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.Http;

/// <summary>
/// Reads a verified Slack request into the envelope Socket Mode would have delivered, so the same planners serve both:
/// Events API callbacks are JSON, interactivity is a form with one <c>payload</c> field, slash commands are a plain form.
/// </summary>
internal static class HttpEnvelopeReader
{
    public static HttpEnvelope Read(string? contentType, byte[] body, int retryAttempt, string? retryReason)
    {
        if (contentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            return ReadJson(body, retryAttempt, retryReason);
        }

        if (contentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) != true)
        {
            throw new FormatException("an unexpected content type");
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        if (form.TryGetValue("payload", out var payload) && payload.Count == 1)
        {
            using var document = JsonDocument.Parse(payload[0] ?? "");
            return Envelope("interactive", document.RootElement.Clone(), retryAttempt, retryReason);
        }

        if (form.ContainsKey("command"))
        {
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
            var element = JsonSerializer.SerializeToElement(fields, SlackJsonContext.Default.DictionaryStringString);
            return Envelope("slash_commands", element, retryAttempt, retryReason);
        }

        throw new FormatException("a form that is neither an interaction nor a command");
    }

    private static HttpEnvelope ReadJson(byte[] body, int retryAttempt, string? retryReason)
    {
        var head = JsonSerializer.Deserialize(body, SlackJsonContext.Default.UrlVerificationPayload);
        switch (head?.Type)
        {
            case "url_verification":
                return new HttpEnvelope(head.Challenge ?? "", null);
            case "event_callback":
                using (var document = JsonDocument.Parse(body))
                {
                    return Envelope("events_api", document.RootElement.Clone(), retryAttempt, retryReason);
                }

            default:
                // app_rate_limited and anything newer: nothing to answer.
                return HttpEnvelope.Nothing;
        }
    }

    private static HttpEnvelope Envelope(string type, JsonElement payload, int retryAttempt, string? retryReason) =>
        new(null, new SocketMessagePayload { Type = type, Payload = payload, RetryAttempt = retryAttempt, RetryReason = retryReason });
}
