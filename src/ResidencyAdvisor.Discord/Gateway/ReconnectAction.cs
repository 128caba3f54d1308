namespace ResidencyAdvisor.Discord.Gateway;

/// <summary>What to do after a gateway connection ends.</summary>
internal enum ReconnectAction
{
    /// <summary>Reconnect to resume_gateway_url and resume the session from the last sequence.</summary>
    Resume,

    /// <summary>The session is gone: reconnect to the gateway URL and identify afresh.</summary>
    Identify,

    /// <summary>Retrying cannot help (bad token, shard or intents): stop the adapter with a clear error.</summary>
    Stop,
}
