namespace ResidencyAdvisor.Core.Io;

/// <summary>The connection handler both platform adapters use for their Web/REST APIs.</summary>
public static class PlatformApiHandler
{
    /// <summary>
    /// A bare <see cref="SocketsHttpHandler"/>: the platforms' APIs never redirect (following one would carry the bot
    /// token elsewhere) and want no trace headers, and one pool kept for the process's life (refreshed every few
    /// minutes for DNS changes) replaces the factory's handler rotation. A burst of replies opens at most
    /// <paramref name="maxConnections"/> connections and queues the rest, instead of one connection per waiting reply.
    /// </summary>
    public static SocketsHttpHandler Create(int maxConnections = 32) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ActivityHeadersPropagator = null,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        MaxConnectionsPerServer = maxConnections,
    };
}
