using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>
/// After an erasure, asks each primary that keeps an append-only file to rewrite it (BGREWRITEAOF): until then the AOF
/// still holds every command that wrote the erased answers. Never fails the erasure itself.
/// </summary>
internal sealed class RedisAofRewriter(IConnectionMultiplexer connection, ILogger logger)
{
    public async Task RewriteAsync()
    {
        foreach (var server in connection.GetServers().Where(s => s.IsConnected && !s.IsReplica))
        {
            try
            {
                var persistence = await server.InfoRawAsync("persistence");
                if (persistence is null || !persistence.Contains("aof_enabled:1", StringComparison.Ordinal))
                {
                    continue;
                }

                await server.ExecuteAsync("BGREWRITEAOF");
            }
            catch (Exception ex) when (ex is RedisException or RedisCommandException)
            {
                // Typically a rewrite already running (it may predate the erasure, so the next one removes it) or a
                // managed Redis that forbids the command; docs/storage.md says how to configure persistence then.
                logger.AofRewriteFailed(ex.Message);
            }
        }
    }
}
