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
}
