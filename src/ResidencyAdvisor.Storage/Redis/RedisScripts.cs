namespace ResidencyAdvisor.Storage.Redis;

/// <summary>Lua run atomically on the server, so compare-and-set holds across instances.</summary>
internal static class RedisScripts
{
    /// <summary>
    /// KEYS[1] conversation hash (v = version, p = payload); ARGV[1] expected version ("0": nothing stored),
    /// ARGV[2] payload, ARGV[3] time to live in ms. Returns the new version, or 0 when another save came first.
    /// </summary>
    public const string CompareAndSet = Save + """

        return nextVersion
        """;

    /// <summary>
    /// <see cref="CompareAndSet"/> that also records a delivery, in the conversation's slot: KEYS[2] the delivery key,
    /// ARGV[4] its window in ms. Returns -1, writing nothing, when the delivery is already recorded (a replay).
    /// </summary>
    public const string CompareAndSetDelivered = """
        if redis.call('EXISTS', KEYS[2]) == 1 then return -1 end

        """ + Save + """

        redis.call('SET', KEYS[2], '1', 'PX', ARGV[4])
        return nextVersion
        """;

    /// <summary>
    /// For a turn that changed nothing: KEYS[1] the conversation hash, KEYS[2] the delivery key (in its slot); ARGV[1]
    /// the version the turn ran on, ARGV[2] the delivery's window in ms. Returns -1 for a replay, 0 when the
    /// conversation has moved on, expired or been erased (recording nothing), otherwise 1 with the delivery recorded.
    /// </summary>
    public const string ConfirmDelivered = """
        if redis.call('EXISTS', KEYS[2]) == 1 then return -1 end
        if redis.call('HGET', KEYS[1], 'v') ~= ARGV[1] then return 0 end
        redis.call('SET', KEYS[2], '1', 'PX', ARGV[2])
        return 1
        """;

    // The compare-and-set both scripts share; it leaves the new version in nextVersion.
    private const string Save = """
        local current = redis.call('HGET', KEYS[1], 'v')
        if current == false then current = '0' end
        if current ~= ARGV[1] then return 0 end
        local nextVersion = tonumber(current) + 1
        redis.call('HSET', KEYS[1], 'v', nextVersion, 'p', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
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

    /// <summary>
    /// KEYS[1] a student's reminders hash; ARGV[1] reminder id, ARGV[2] owner, ARGV[3] now (ms), ARGV[4] lease end (ms).
    /// Returns 1 when the owner may send: the student is subscribed, the reminder is not handled, and any claim on it is
    /// the owner's own or has run out.
    /// </summary>
    public const string ClaimReminder = """
        if redis.call('HEXISTS', KEYS[1], 'sub') == 0 then return 0 end
        if redis.call('HEXISTS', KEYS[1], 'h:' .. ARGV[1]) == 1 then return 0 end
        local claim = redis.call('HGET', KEYS[1], 'c:' .. ARGV[1])
        if claim then
            local sep = string.find(claim, '|', 1, true)
            if string.sub(claim, 1, sep - 1) ~= ARGV[2] and tonumber(string.sub(claim, sep + 1)) > tonumber(ARGV[3]) then return 0 end
        end
        redis.call('HSET', KEYS[1], 'c:' .. ARGV[1], ARGV[2] .. '|' .. ARGV[4])
        return 1
        """;

    /// <summary>KEYS[1] a student's reminders hash; ARGV[1] reminder id: marks it handled and clears the failure count.</summary>
    public const string CompleteReminder = """
        if redis.call('HEXISTS', KEYS[1], 'sub') == 0 then return 0 end
        redis.call('HDEL', KEYS[1], 'c:' .. ARGV[1])
        redis.call('HSET', KEYS[1], 'h:' .. ARGV[1], '1', 'fail', '0')
        return 1
        """;

    /// <summary>KEYS[1] a student's reminders hash; ARGV[1] reminder id: releases the claim, returns the failures in a row.</summary>
    public const string FailReminder = """
        if redis.call('HEXISTS', KEYS[1], 'sub') == 0 then return 0 end
        redis.call('HDEL', KEYS[1], 'c:' .. ARGV[1])
        return redis.call('HINCRBY', KEYS[1], 'fail', 1)
        """;
}
