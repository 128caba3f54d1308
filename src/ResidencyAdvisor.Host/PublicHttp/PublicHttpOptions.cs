using System.ComponentModel.DataAnnotations;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>
/// Limits of the public listener (section "PublicHttp"). Where it listens follows ASP.NET Core: ASPNETCORE_URLS or
/// the "Kestrel" section.
/// </summary>
internal sealed class PublicHttpOptions
{
    public const string SectionName = "PublicHttp";

    /// <summary>Requests handled at once; more wait in the queue.</summary>
    [Range(1, 100_000)]
    public int MaxConcurrentRequests { get; set; } = 512;

    /// <summary>Requests that may wait for a slot; past that the answer is 503 with Retry-After, not a timeout.</summary>
    [Range(0, 100_000)]
    public int QueueLimit { get; set; } = 1024;

    /// <summary>What a saturated instance tells the caller to wait before trying again (Retry-After is in whole seconds).</summary>
    [Range(1, 600)]
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Platforms send small JSON or form bodies; anything larger is refused with 413 before it is read.</summary>
    [Range(1024, 10 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;
}
