using System.ComponentModel.DataAnnotations;
using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>
/// Limits of the public listener (section "PublicHttp"). Where it listens follows ASP.NET Core: ASPNETCORE_URLS or
/// the "Kestrel" section.
/// </summary>
internal sealed class PublicHttpOptions
{
    public const string SectionName = "PublicHttp";

    /// <summary>Checked beside the generated validator: a TimeSpan range attribute is not trimming safe.</summary>
    public static readonly TimeSpan ShortestReadTimeout = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan LongestReadTimeout = TimeSpan.FromMinutes(1);

    /// <summary>Requests handled at once; more wait in the queue.</summary>
    [Range(1, 100_000)]
    public int MaxConcurrentRequests { get; set; } = 512;

    /// <summary>Requests that may wait for a slot; past that the answer is 503 with Retry-After, not a timeout.</summary>
    [Range(0, 100_000)]
    public int QueueLimit { get; set; } = 1024;

    /// <summary>What a saturated instance tells the caller to wait before trying again (Retry-After is in whole seconds).</summary>
    [Range(1, 600)]
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>
    /// The one body limit of the listener: platforms send small JSON or form bodies, so anything larger is refused with
    /// 413 before it is read (a chunked body as soon as it grows past it). Every signed endpoint reads it.
    /// </summary>
    [Range(1024, 10 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = RequestBodyLimits.DefaultMaxRequestBodyBytes;

    /// <summary>How long a request's headers, and then its body, may take to arrive; a slower sender gets 408 and is cut off.</summary>
    public TimeSpan ReadTimeout { get; set; } = RequestBodyLimits.DefaultReadTimeout;

    /// <summary>
    /// Below this rate (after a 2 s grace) Kestrel drops a body even before the read deadline; 0 turns the check off.
    /// Platforms send their few kilobytes in one go, so only a deliberately slow sender is ever this slow.
    /// </summary>
    [Range(0, 10 * 1024 * 1024)]
    public int MinRequestBodyBytesPerSecond { get; set; } = 1024;

    /// <summary>Open connections per address; one more is closed at once. Platforms reuse a few keep-alive connections.</summary>
    [Range(1, 1_000_000)]
    public int MaxConcurrentConnections { get; set; } = 4096;
}
