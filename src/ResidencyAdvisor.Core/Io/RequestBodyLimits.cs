namespace ResidencyAdvisor.Core.Io;

/// <summary>
/// The one body limit and read deadline of the public listener, for every signed endpoint. The host binds them from
/// the "PublicHttp" section (MaxRequestBodyBytes, ReadTimeout); an adapter mapped without the host keeps these defaults.
/// </summary>
public sealed class RequestBodyLimits
{
    public const int DefaultMaxRequestBodyBytes = 256 * 1024;

    public static readonly TimeSpan DefaultReadTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Platforms send small JSON or form bodies; anything larger is refused with 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>
    /// How long a body may take to arrive once the headers are in. Slack and Discord send a few kilobytes at once and
    /// want an answer within 3 s, so a sender slower than this is an attack or a broken proxy, not a platform.
    /// </summary>
    public TimeSpan ReadTimeout { get; set; } = DefaultReadTimeout;
}
