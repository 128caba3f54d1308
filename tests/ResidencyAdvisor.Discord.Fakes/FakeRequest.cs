namespace ResidencyAdvisor.Discord.Fakes;

/// <summary>One REST request the fake received; for a multipart request, Body is its payload_json and Files its files[n] parts.</summary>
public sealed record FakeRequest(string Method, string Path, string? UserAgent, string? Authorization, string Body, long Timestamp, int Status,
    IReadOnlyList<FakeFile>? Files = null);
