using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Host;

/// <summary>The host's log messages (event ids 5000–5999).</summary>
internal static partial class Log
{
    [LoggerMessage(5001, LogLevel.Information, "No platform is configured: starting the console chat")]
    public static partial void ConsoleChatStarting(this ILogger logger);

    [LoggerMessage(5002, LogLevel.Information, "Starting platform adapters: {Adapters}")]
    public static partial void AdaptersStarting(this ILogger logger, string adapters);

    [LoggerMessage(5005, LogLevel.Information, "Serving /metrics and /health on port {Port}")]
    public static partial void HealthEndpointStarted(this ILogger logger, int port);

    [LoggerMessage(5010, LogLevel.Information, "Public HTTP listener on {Addresses} serving {Endpoints}")]
    public static partial void PublicListenerStarted(this ILogger logger, string addresses, string endpoints);

    [LoggerMessage(5011, LogLevel.Information, "HTTP {Method} {Path} answered {Status} in {ElapsedMs:0.0} ms")]
    public static partial void PublicRequest(this ILogger logger, string method, string path, int status, double elapsedMs);

    [LoggerMessage(5012, LogLevel.Warning, "Refused a request to {Path}: {Reason}")]
    public static partial void SignedRequestRefused(this ILogger logger, string path, string reason);

    [LoggerMessage(5013, LogLevel.Warning, "Metrics:Host {Host} serves /health and /metrics on every interface without Metrics:BearerToken; set a token or keep the port private")]
    public static partial void OperationsOpenWithoutToken(this ILogger logger, string host);

    [LoggerMessage(5014, LogLevel.Warning, "Slack:MaxRequestBytes is no longer read; the listener's one body limit is PublicHttp:MaxRequestBodyBytes ({Bytes} bytes)")]
    public static partial void RetiredBodyLimitSetting(this ILogger logger, int bytes);
}
