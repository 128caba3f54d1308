using System.Runtime.CompilerServices;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>
/// Keys by pattern on every primary, with SCAN (never KEYS), for the rare erasures that have no index to follow: a
/// student's forget, a workspace's uninstall. A primary that cannot be reached fails the erasure instead of being skipped.
/// </summary>
internal static class RedisKeyScan
{
    public static async IAsyncEnumerable<RedisKey> FindAsync(IConnectionMultiplexer connection, IDatabase database, RedisValue pattern,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var server in connection.GetServers().Where(s => !s.IsReplica))
        {
            await foreach (var key in server.KeysAsync(database.Database, pattern, pageSize: 1000).WithCancellation(cancellationToken))
            {
                yield return key;
            }
        }
    }

    /// <summary>Deletes every key matching <paramref name="pattern"/>, one key at a time (which also works on a cluster); returns how many.</summary>
    public static async Task<int> DeleteAsync(IConnectionMultiplexer connection, IDatabase database, RedisValue pattern, CancellationToken cancellationToken)
    {
        var found = new List<RedisKey>();
        await foreach (var key in FindAsync(connection, database, pattern, cancellationToken))
        {
            found.Add(key);
        }

        var results = await Task.WhenAll(found.Select(k => database.KeyDeleteAsync(k)));
        return results.Count(removed => removed);
    }
}
