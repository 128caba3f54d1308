using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>POSTs signed requests to the adapter's request URL as Slack does; the HTTP response is the ack.</summary>
internal sealed class FakeHttpSender(Uri eventsUrl, string signingSecret) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public Uri EventsUrl => eventsUrl;

    /// <summary>Signs with the shared secret at the current time unless told otherwise, and POSTs.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(FakeHttpRequest request, string? timestamp = null,
        string? signature = null, bool omitHeaders = false, Action? sending = null) =>
        (await SendAsync(request, timestamp, signature, omitHeaders, sending)) is var (status, body, _) ? (status, body) : default;

    /// <summary>Also returns when the response's headers arrived (Stopwatch ticks): the moment the ack reached "Slack".</summary>
    private async Task<(HttpStatusCode Status, string Body, long RespondedAt)> SendAsync(FakeHttpRequest request, string? timestamp,
        string? signature, bool omitHeaders, Action? sending)
    {
        timestamp ??= SlackRequestSigner.Timestamp(DateTimeOffset.UtcNow);
        signature ??= SlackRequestSigner.Sign(signingSecret, timestamp, request.Body);
        using var message = new HttpRequestMessage(HttpMethod.Post, eventsUrl) { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        if (!omitHeaders)
        {
            message.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            message.Headers.Add("X-Slack-Signature", signature);
        }

        if (request.RetryNum > 0)
        {
            message.Headers.Add("X-Slack-Retry-Num", request.RetryNum.ToString(System.Globalization.CultureInfo.InvariantCulture));
            message.Headers.Add("X-Slack-Retry-Reason", request.RetryReason ?? "http_timeout");
        }

        sending?.Invoke();
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
        var respondedAt = Stopwatch.GetTimestamp();
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), respondedAt);
    }

    /// <summary>Delivers an envelope's payload over HTTP and records the response as its ack.</summary>
    public async Task DeliverAsync(FakeDelivery delivery, int retryAttempt, string? retryReason, Action sending)
    {
        var request = FakeHttpRequest.For(delivery.Type, delivery.Payload, retryAttempt, retryReason);
        var (status, body, respondedAt) = await SendAsync(request, null, null, omitHeaders: false, sending);
        delivery.HttpStatus = (int)status;
        delivery.Ack(body.Length > 0 ? JsonNode.Parse(body) : null, respondedAt);
    }

    public void Dispose() => _http.Dispose();
}
