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
        var options = ConfigurationOptions.Parse(configuration);

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
