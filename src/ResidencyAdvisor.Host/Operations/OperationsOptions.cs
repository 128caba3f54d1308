using System.ComponentModel.DataAnnotations;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>The operations endpoint: Prometheus metrics at /metrics and a health report at /health.</summary>
internal sealed class OperationsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>The port to serve on; 0 (the default) serves nothing.</summary>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>
    /// Where to listen: this machine only by default; "+" (or "*") means every interface (what a container needs), or
    /// one IP address. Other host names are refused: Kestrel would quietly listen on every interface for them.
    /// </summary>
    [Required]
    [RegularExpression(@"^(localhost|\+|\*|\d{1,3}(\.\d{1,3}){3}|\[?[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*\]?)$",
        ErrorMessage = "Metrics:Host must be localhost, + (every interface) or an IP address.")]
    public string Host { get; set; } = "localhost";

    /// <summary>When set, both endpoints answer only requests with "Authorization: Bearer" and this value.</summary>
    public string? BearerToken { get; set; }
}
