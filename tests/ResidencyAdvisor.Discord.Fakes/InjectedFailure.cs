namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>A failure the next matching REST request gets: a 429 with retry_after, a bare status, or (status 0) a delay of RetryAfterSeconds.</summary>
internal sealed record InjectedFailure(string PathContains, int Status, double RetryAfterSeconds, bool Global);
