using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Storage;

/// <summary>Storage's log messages (event ids 4000–4999). Never a payload, an answer or a connection password.</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "Conversations are stored in SQLite at {Path}")]
    public static partial void SqliteOpened(this ILogger logger, string path);

    [LoggerMessage(4002, LogLevel.Information, "SQLite schema migrated from version {From} to {To}")]
    public static partial void SchemaMigrated(this ILogger logger, int from, int to);

    [LoggerMessage(4003, LogLevel.Information, "Erased {Conversations} expired conversations, {Deliveries} expired delivery ids and {PostedMessages} expired posted-message ids")]
    public static partial void Purged(this ILogger logger, int conversations, int deliveries, int postedMessages);

    [LoggerMessage(4004, LogLevel.Error, "Erasing expired conversations failed; retrying at the next interval")]
    public static partial void PurgeFailed(this ILogger logger, Exception exception);

    [LoggerMessage(4005, LogLevel.Information, "Conversations are stored in Redis at {Endpoints}")]
    public static partial void RedisConfigured(this ILogger logger, string endpoints);

    [LoggerMessage(4006, LogLevel.Warning, "Redis connection to {Endpoint} failed ({FailureType}); students are asked to try again until it is back")]
    public static partial void RedisConnectionFailed(this ILogger logger, string endpoint, string failureType);

    [LoggerMessage(4007, LogLevel.Information, "Redis connection to {Endpoint} restored")]
    public static partial void RedisConnectionRestored(this ILogger logger, string endpoint);

    [LoggerMessage(4008, LogLevel.Warning, "The conversation store did not answer a health check")]
    public static partial void PingFailed(this ILogger logger, Exception exception);

    [LoggerMessage(4010, LogLevel.Warning, "Redis could not rewrite its append-only file after an erasure ({Failure}); erased answers stay in it until the next rewrite")]
    public static partial void AofRewriteFailed(this ILogger logger, string failure);

    [LoggerMessage(4009, LogLevel.Information, "Erasing conversations older than {RetentionDays} days every {Interval}")]
    public static partial void CleanupScheduled(this ILogger logger, int retentionDays, TimeSpan interval);
}
