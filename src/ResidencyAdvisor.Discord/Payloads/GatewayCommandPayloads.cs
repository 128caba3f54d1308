namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>Op 2 Identify.</summary>
internal sealed record IdentifyFramePayload(int Op, IdentifyPayload D);

/// <summary>The data of Identify: no privileged intents, since the bot only needs interactions.</summary>
internal sealed record IdentifyPayload(string Token, int Intents, IdentifyPropertiesPayload Properties, int[] Shard);

/// <summary>Connection properties Discord asks for.</summary>
internal sealed record IdentifyPropertiesPayload(string Os, string Browser, string Device);

/// <summary>Op 6 Resume.</summary>
internal sealed record ResumeFramePayload(int Op, ResumePayload D);

/// <summary>The data of Resume.</summary>
internal sealed record ResumePayload(string Token, string SessionId, int? Seq);

/// <summary>Op 1 Heartbeat with the last sequence seen.</summary>
internal sealed record HeartbeatFramePayload(int Op, int? D);
