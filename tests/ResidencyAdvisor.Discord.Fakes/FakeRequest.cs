namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>One REST request the fake received.</summary>
public sealed record FakeRequest(string Method, string Path, string? UserAgent, string? Authorization, string Body, long Timestamp, int Status);
