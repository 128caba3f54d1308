using System.ComponentModel.DataAnnotations;

namespace ResidencyAdvisor.Host.Operations;

/// <summary>The operations endpoint: Prometheus metrics at /metrics and a health report at /health.</summary>
internal sealed class OperationsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>The port to serve on; 0 (the default) serves nothing.</summary>
    [Range(0, 65535)]
    public int Port { get; set; }

    /// <summary>The host name to listen on: this machine only by default; "+" means every interface (what a container needs).</summary>
    [Required]
    public string Host { get; set; } = "localhost";

    /// <summary>When set, both endpoints answer only requests with "Authorization: Bearer" and this value.</summary>
    public string? BearerToken { get; set; }
}
