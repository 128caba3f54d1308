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
            return Envelope("interactive", CheckedJson(Encoding.UTF8.GetBytes(payload[0] ?? "")), retryAttempt, retryReason);
        }

        if (form.ContainsKey("command"))
        {
            var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
            return Envelope("slash_commands", JsonSerializer.SerializeToUtf8Bytes(fields, SlackJsonContext.Default.DictionaryStringString),
                retryAttempt, retryReason);
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
                // Already read whole (and so checked) for its type above; the planner reads it once more, into its own type.
                return Envelope("events_api", body, retryAttempt, retryReason);

            default:
                // app_rate_limited and anything newer: nothing to answer.
                return HttpEnvelope.Nothing;
        }
    }

    /// <summary>The bytes, once a pass of the reader has found them to be one complete JSON value (it throws otherwise).</summary>
    private static byte[] CheckedJson(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
        }

        return json;
    }

    private static HttpEnvelope Envelope(string type, byte[] payload, int retryAttempt, string? retryReason) =>
        new(null, new SocketMessagePayload { Type = type, Payload = payload, RetryAttempt = retryAttempt, RetryReason = retryReason });
}
