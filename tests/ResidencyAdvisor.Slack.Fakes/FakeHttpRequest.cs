using System.Text;
using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>One request as Slack would POST it to a request URL: body, content type and (optional) retry headers, before signing.</summary>
public sealed record FakeHttpRequest(byte[] Body, string ContentType, int RetryNum = 0, string? RetryReason = null)
{
    /// <summary>The request Slack sends over HTTP for what Socket Mode would deliver as an envelope of <paramref name="type"/>.</summary>
    public static FakeHttpRequest For(string type, JsonObject payload, int retryNum = 0, string? retryReason = null) => type switch
    {
        "events_api" => new(Encoding.UTF8.GetBytes(payload.ToJsonString()), "application/json", retryNum, retryReason),
        "interactive" => Form([new("payload", payload.ToJsonString())]),
        "slash_commands" => Form([.. payload.Select(p => new KeyValuePair<string, string>(p.Key, p.Value?.GetValue<string>() ?? ""))]),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Slack sends no such request."),
    };

    public static FakeHttpRequest Form(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var body = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
        return new(Encoding.UTF8.GetBytes(body), "application/x-www-form-urlencoded");
    }
}
