namespace ResidencyAdvisor.Discord.Payloads;

/// <summary>Op 10 Hello.</summary>
internal sealed record HelloPayload(int HeartbeatInterval);

/// <summary>The READY dispatch: what a resume needs, and the application id.</summary>
internal sealed record ReadyPayload(string SessionId, string? ResumeGatewayUrl, ApplicationRefPayload? Application, UserPayload? User);

/// <summary>The partial application object in READY.</summary>
internal sealed record ApplicationRefPayload(string Id);

/// <summary>GET /gateway/bot.</summary>
internal sealed record GatewayBotPayload(string Url, int Shards, SessionStartLimitPayload? SessionStartLimit);

/// <summary>How many identifies remain, and when the budget resets (milliseconds).</summary>
internal sealed record SessionStartLimitPayload(int Total, int Remaining, long ResetAfter, int MaxConcurrency);

/// <summary>The body of a 429.</summary>
internal sealed record RateLimitPayload(string? Message, double RetryAfter, bool Global);

/// <summary>The body of a REST error.</summary>
internal sealed record ErrorPayload(int Code, string? Message);
