namespace ResidencyAdvisor.Discord.Gateway;

/// <summary>Discord's gateway close codes mapped to what we do next. Pure, so it is tested as a table.</summary>
internal static class CloseCodeTable
{
    public static ReconnectAction ForCloseCode(int? code) => code switch
    {
        // Configuration errors: reconnecting would loop forever (Discord.Net retries 4004; we do not).
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => ReconnectAction.Stop,

        // Invalid sequence or timed-out session: the session cannot be resumed.
        4007 or 4009 => ReconnectAction.Identify,

        // 4000-4003, 4005, 4008, a normal close from the server, or a dropped socket with no close frame.
        _ => ReconnectAction.Resume,
    };

    public static string Describe(int? code) => code switch
    {
        null => "connection dropped",
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: Discord rejected Discord:Token",
        4005 => "already authenticated",
        4007 => "invalid sequence on resume",
        4008 => "rate limited",
        4009 => "session timed out",
        4010 => "invalid shard: check Discord:ShardId and Discord:ShardCount",
        4011 => "sharding required: set Discord:ShardCount",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents",
        _ => "closed",
    };
}
