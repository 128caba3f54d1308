using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Resilience;
using ResidencyAdvisor.Slack.Payloads;

namespace ResidencyAdvisor.Slack.WebApi;

/// <summary>
/// Posts JSON (or, where Slack asks for it, a form) to Slack's Web API: the caller's bearer token on each call, HTTP 429 retried after its (capped) Retry-After, 5xx and
/// network failures retried with jittered backoff, and every other failure — ok:false, a body that is not Slack's JSON —
/// raised as <see cref="SlackApiException"/>.
/// </summary>
internal sealed class SlackApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>The first wait before retrying a 5xx or a network failure; it doubles per retry up to <see cref="MaxRetryDelay"/>.</summary>
    internal static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(250);

    internal static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(4);

    // Each method's URL, built once per API base instead of parsed on every call (a handful of methods are ever called).
    private MethodUrls? _methodUrls;

    public Task<TResponse> CallAsync<TRequest, TResponse>(string method, TRequest body, JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TResponse> responseType, string token, CancellationToken cancellationToken)
        where TResponse : ApiResponsePayload =>
        RetryAsync(method, ct => SendOnceAsync(method, () => JsonBody(body, requestType), responseType, token, ct), cancellationToken);

    /// <summary>
    /// The body serialized up front, so it goes out with its Content-Length in one write, where JsonContent would stream
    /// it chunked through an async serializer.
    /// </summary>
    private static ByteArrayContent JsonBody<T>(T body, JsonTypeInfo<T> typeInfo) =>
        new(JsonSerializer.SerializeToUtf8Bytes(body, typeInfo)) { Headers = { ContentType = Json } };

    /// <summary>
    /// A call sent as a form: Slack reads a few methods (files.getUploadURLExternal) only that way and answers a JSON
    /// body with invalid_arguments.
    /// </summary>
    public Task<TResponse> CallFormAsync<TResponse>(string method, IReadOnlyDictionary<string, string> fields,
        JsonTypeInfo<TResponse> responseType, string token, CancellationToken cancellationToken)
        where TResponse : ApiResponsePayload =>
        RetryAsync(method, ct => SendOnceAsync(method, () => new FormUrlEncodedContent(fields), responseType, token, ct), cancellationToken);

    /// <summary>
    /// POSTs raw bytes to an upload URL that files.getUploadURLExternal handed out. It is not a Web API method: the URL
    /// itself is the permission, so the bot token is never sent there, and the answer is plain text, not JSON.
    /// </summary>
    public Task UploadAsync(Uri uploadUrl, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        RetryAsync(UploadMethod, ct => SendUploadOnceAsync(uploadUrl, content, ct), cancellationToken);

    /// <summary>How the upload step is named in logs and errors; the URL is a capability and never logged.</summary>
    internal const string UploadMethod = "file upload";

    private async Task<T> RetryAsync<T>(string method, Func<CancellationToken, Task<(T? Payload, TimeSpan? RetryAfter, int ServerError)>> sendOnce,
        CancellationToken cancellationToken)
        where T : class
    {
        var settings = options.Value;
        var rateLimited = 0;
        for (var failures = 0; ; )
        {
            string? transient;
            try
            {
                var (payload, retryAfter, serverError) = await sendOnce(cancellationToken);
                if (payload is not null)
                {
                    return payload;
                }

                if (retryAfter is { } wait)
                {
                    // A wait past the cap would stall a student's turn; failing lets the caller say "try again".
                    if (rateLimited++ >= settings.RateLimitRetries || wait > settings.MaxRetryAfter)
                    {
                        throw new SlackApiException(method, "ratelimited");
                    }

                    logger.RateLimited(method, wait);
                    await Task.Delay(wait, time, cancellationToken);
                    continue;
                }

                if (failures >= settings.ServerErrorRetries)
                {
                    throw new SlackApiException(method, $"http_{serverError}");
                }

                transient = $"HTTP {serverError}";
            }
            catch (HttpRequestException) when (failures < settings.ServerErrorRetries)
            {
                transient = "network error";
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && failures < settings.ServerErrorRetries)
            {
                transient = "no answer in time";
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                // HttpClient's own timeout: a slow Slack is a transient failure every caller retries or reports,
                // never a reason for the adapter (or the host) to stop.
                throw new HttpRequestException($"Slack did not answer {method} in time.", ex);
            }

            var delay = Backoff.Delay(++failures, FirstRetryDelay, MaxRetryDelay);
            logger.CallRetrying(method, transient, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>One upload attempt: done, or how long a 429 asked to wait, or a 5xx status.</summary>
    private async Task<(string? Payload, TimeSpan? RetryAfter, int ServerError)> SendUploadOnceAsync(Uri uploadUrl,
        ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = new ReadOnlyMemoryContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => (null, RetryAfter(response), 0),
            >= HttpStatusCode.InternalServerError => (null, null, (int)response.StatusCode),
            _ when response.IsSuccessStatusCode => ("uploaded", null, 0),
            _ => throw new SlackApiException(UploadMethod, $"http_{(int)response.StatusCode}"),
        };
    }

    /// <summary>One request: the payload, or how long a 429 asked to wait, or a 5xx status.</summary>
    private async Task<(TResponse? Payload, TimeSpan? RetryAfter, int ServerError)> SendOnceAsync<TResponse>(string method,
        Func<HttpContent> content, JsonTypeInfo<TResponse> responseType, string token, CancellationToken cancellationToken)
        where TResponse : ApiResponsePayload
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, MethodUrl(settings.ApiBaseUrl, method))
        {
            Content = content(),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return (null, RetryAfter(response), 0);
        }

        if ((int)response.StatusCode >= 500)
        {
            return (null, null, (int)response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}");
        }

        // Slack answers UTF-8 JSON. Anything else (a bogus charset, an HTML error page from a proxy) is a failed call
        // the caller retries or reports, never an exception nobody expects; the bytes are read without decoding.
        if (response.Content.Headers.ContentType?.CharSet is { Length: > 0 } charset
            && !charset.Trim('"').Replace("-", "", StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw new SlackApiException(method, "invalid_response");
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        TResponse? payload;
        try
        {
            payload = JsonSerializer.Deserialize(bytes, responseType);
        }
        catch (JsonException)
        {
            throw new SlackApiException(method, "invalid_response");
        }

        if (payload is null)
        {
            throw new SlackApiException(method, "empty_response");
        }

        if (!payload.Ok)
        {
            var detail = payload.ResponseMetadata?.Messages is { Count: > 0 } messages ? $"{payload.Error} ({string.Join("; ", messages)})" : payload.Error;
            throw new SlackApiException(method, detail ?? "unknown_error");
        }

        return (payload, null, 0);
    }

    private Uri MethodUrl(Uri apiBase, string method)
    {
        var cache = _methodUrls;
        if (cache is null || !ReferenceEquals(cache.Base, apiBase))
        {
            cache = new MethodUrls(apiBase, new ConcurrentDictionary<string, Uri>(StringComparer.Ordinal));
            _methodUrls = cache;
        }

        return cache.Urls.GetOrAdd(method, static (name, root) => new Uri(root, name), apiBase);
    }

    private sealed record MethodUrls(Uri Base, ConcurrentDictionary<string, Uri> Urls);

    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta
            ?? (header?.Date is { } date ? date - time.GetUtcNow() : TimeSpan.FromSeconds(1));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
