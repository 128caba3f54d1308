namespace ResidencyAdvisor.Storage.Redis;

/// <summary>Lua run atomically on the server, so compare-and-set holds across instances.</summary>
internal static class RedisScripts
{
    /// <summary>
    /// KEYS[1] conversation hash (v = version, p = payload); ARGV[1] expected version ("0": nothing stored),
    /// ARGV[2] payload, ARGV[3] time to live in ms. Returns the new version, or 0 when another save came first.
    /// </summary>
    public const string CompareAndSet = """
        local current = redis.call('HGET', KEYS[1], 'v')
        if current == false then current = '0' end
        if current ~= ARGV[1] then return 0 end
        local nextVersion = tonumber(current) + 1
        redis.call('HSET', KEYS[1], 'v', nextVersion, 'p', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return nextVersion
        """;

    /// <summary>
    /// KEYS[1] a conversation's posted-message list; ARGV[1] the entry, ARGV[2] how many to keep, ARGV[3] time to live
    /// in ms, renewed by every message so the list lives as long as an active conversation.
    /// </summary>
    public const string AppendPosted = """
        redis.call('RPUSH', KEYS[1], ARGV[1])
        redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    /// <summary>KEYS[1] a posted-message list: returns it, oldest first, and deletes it in one step.</summary>
    public const string TakePosted = """
        local entries = redis.call('LRANGE', KEYS[1], 0, -1)
        redis.call('DEL', KEYS[1])
        return entries
        """;
}
