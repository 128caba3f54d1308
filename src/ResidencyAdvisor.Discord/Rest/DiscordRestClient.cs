using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Resilience;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord.Rest;

/// <summary>
/// The thin REST client: bot-token auth, rate-limit buckets, 429 retry_after (global too), and bounded retries with
/// backoff on 5xx. Anything else Discord refuses surfaces as <see cref="DiscordRestException"/>.
/// </summary>
internal sealed partial class DiscordRestClient
{
    public const string UserAgent = "DiscordBot (https://github.com/residency-advisor/residency-advisor, 1.0)";
    public const string HttpClientName = "discord";

    private readonly HttpClient _http;
    private readonly DiscordOptions _options;
    private readonly RateLimitBuckets _buckets;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordRestClient> _logger;

    public DiscordRestClient(IHttpClientFactory factory, IOptions<DiscordOptions> options,
        RateLimitBuckets buckets, TimeProvider time, ILogger<DiscordRestClient> logger)
    {
        // The handler is kept for the process's life (PlatformApiHandler refreshes its connections for DNS), so one
        // client serves every call instead of the factory building and configuring one per request.
        _http = factory.CreateClient(HttpClientName);
        _options = options.Value;
        _buckets = buckets;
        _time = time;
        _logger = logger;
    }

    public async Task<GatewayBotPayload> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(RestRoute.GatewayBot(), null, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.GatewayBotPayload, cancellationToken);
        return body ?? throw new DiscordRestException("GET gateway/bot returned no body");
    }

    /// <summary>The bot's own application, for its id when none is configured and no READY tells it.</summary>
    public async Task<ApplicationRefPayload> GetCurrentApplicationAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(RestRoute.CurrentApplication(), null, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.ApplicationRefPayload, cancellationToken);
        return body ?? throw new DiscordRestException("GET applications/@me returned no body");
    }

    public async Task SendAsync<T>(RestRoute route, T body, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(route, () => JsonBody(body, typeInfo), cancellationToken);
    }

    /// <summary>Sends <paramref name="body"/> and reads what Discord answered, or null when the answer cannot be read.</summary>
    public async Task<TResult?> SendAsync<T, TResult>(RestRoute route, T body, JsonTypeInfo<T> typeInfo, JsonTypeInfo<TResult> resultInfo,
        CancellationToken cancellationToken)
        where TResult : class
    {
        using var response = await SendAsync(route, () => JsonBody(body, typeInfo), cancellationToken);
        return await ReadAsync(response, resultInfo, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(RestRoute route, Func<HttpContent>? content, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var wait = _buckets.DelayBefore(route);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken);
            }

            using var request = new HttpRequestMessage(route.Method, route.Path) { Content = content?.Invoke() };
            // A constant: added as it is, not parsed into product tokens on every call.
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            if (route.UsesBotToken)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.Token);
            }

            var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            _buckets.Update(route, response.Headers);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                var retry = await RetryDelayAsync(route, response, attempt, cancellationToken);
                if (retry is not { } delay)
                {
                    throw await RejectedAsync(route, response, cancellationToken);
                }

                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The body serialized up front: it goes out with its Content-Length in one write, where JsonContent streams it
    /// chunked through an async serializer.
    /// </summary>
    private static ByteArrayContent JsonBody<T>(T body, JsonTypeInfo<T> typeInfo) => Json(JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));

    /// <summary>How long to wait before trying again, or null when trying again cannot help.</summary>
    private async Task<TimeSpan?> RetryDelayAsync(RestRoute route, HttpResponseMessage response, int attempt, CancellationToken cancellationToken)
    {
        if (attempt > _options.ApiRetries)
        {
            return null;
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var limit = await ReadAsync(response, DiscordJsonContext.Default.RateLimitPayload, cancellationToken);
            var global = limit?.Global == true || response.Headers.Contains("X-RateLimit-Global");
            var retryAfter = TimeSpan.FromSeconds(limit?.RetryAfter ?? HeaderRetryAfter(response));
            if (retryAfter > _options.MaxRetryAfter)
            {
                return null;
            }

            _buckets.Limited(route, retryAfter, global);
            _logger.RateLimited(route.ToString(), retryAfter, global);
            return retryAfter;
        }

        if ((int)response.StatusCode >= 500)
        {
            var delay = Backoff.Delay(attempt, _options.ApiRetryMinDelay, _options.ApiRetryMinDelay * 8);
            _logger.ServerErrorRetry((int)response.StatusCode, route.ToString(), delay);
            return delay;
        }

        return null;
    }

    private async Task<DiscordRestException> RejectedAsync(RestRoute route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var error = await ReadAsync(response, DiscordJsonContext.Default.ErrorPayload, cancellationToken);
        _logger.RestRejected(route.ToString(), (int)response.StatusCode, error?.Code ?? 0, error?.Message);
        return new DiscordRestException(route.ToString(), response.StatusCode, error?.Code ?? 0, error?.Message);
    }

    private static double HeaderRetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 1;

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(typeInfo, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
