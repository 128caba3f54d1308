using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>Connects to Redis so that start-up never waits for it and a lost server surfaces at once, then heals.</summary>
public static class RedisConnector
{
    public static ConnectionMultiplexer Connect(string configuration, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        if (RedisSettings.Problem(configuration) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var options = ConfigurationOptions.Parse(configuration);

        // The client's admin guard blocks INFO and BGREWRITEAOF, which erasure needs to rewrite the append-only file.
        // It is a client-side guard only; limit what the bot may do on the server with a Redis ACL user instead.
        options.AllowAdmin = true;

        // Exception messages then carry no key names (platform user ids) or server details into logs.
        options.IncludeDetailInExceptions = false;

        // Start even when Redis is down and keep reconnecting in the background.
        options.AbortOnConnectFail = false;

        // While disconnected, fail each command at once (the student sees "try again shortly") instead of
        // queuing it for seconds behind a dead socket.
        options.BacklogPolicy = BacklogPolicy.FailFast;

        // Endpoints only: the configuration string may carry a password.
        logger.RedisConfigured(string.Join(", ", options.EndPoints.Select(e => e.ToString())));
        var connection = ConnectionMultiplexer.Connect(options);
        connection.ConnectionFailed += (_, e) => logger.RedisConnectionFailed(e.EndPoint?.ToString() ?? "?", e.FailureType.ToString());
        connection.ConnectionRestored += (_, e) => logger.RedisConnectionRestored(e.EndPoint?.ToString() ?? "?");
        return connection;
    }
}
