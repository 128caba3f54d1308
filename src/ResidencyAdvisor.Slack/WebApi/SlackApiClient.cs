using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.WebApi;

/// <summary>
/// Posts JSON to Slack's Web API: the caller's bearer token on each call, HTTP 429 retried after its Retry-After, ok:false raised as
/// <see cref="SlackApiException"/> with Slack's error code.
/// </summary>
internal sealed class SlackApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<TResponse> CallAsync<TRequest, TResponse>(string method, TRequest body, JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType, string token, CancellationToken cancellationToken)
        where TResponse : ApiResponsePayload
    {
        try
        {
            return await SendAsync(method, body, requestType, responseType, token, cancellationToken);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's own timeout: a slow Slack is a transient failure every caller retries or reports,
            // never a reason for the adapter (or the host) to stop.
            throw new HttpRequestException($"Slack did not answer {method} in time.", ex);
        }
        catch (JsonException)
        {
            throw new SlackApiException(method, "invalid_response");
        }
    }

    private async Task<TResponse> SendAsync<TRequest, TResponse>(string method, TRequest body, JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType, string token, CancellationToken cancellationToken)
        where TResponse : ApiResponsePayload
    {
        var settings = options.Value;
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiBaseUrl, method))
            {
                Content = JsonContent.Create(body, requestType, Json),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var wait = RetryAfter(response);
                if (attempt >= settings.RateLimitRetries)
                {
                    throw new SlackApiException(method, "ratelimited");
                }

                logger.RateLimited(method, wait);
                await Task.Delay(wait, time, cancellationToken);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
            }

            var payload = await response.Content.ReadFromJsonAsync(responseType, cancellationToken)
                ?? throw new SlackApiException(method, "empty_response");
            if (!payload.Ok)
            {
                var detail = payload.ResponseMetadata?.Messages is { Count: > 0 } messages ? $"{payload.Error} ({string.Join("; ", messages)})" : payload.Error;
                throw new SlackApiException(method, detail ?? "unknown_error");
            }

            return payload;
        }
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta
            ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.FromSeconds(1));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
