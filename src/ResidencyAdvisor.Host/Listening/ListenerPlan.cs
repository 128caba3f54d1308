using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Host.Operations;
using ResidencyAdvisor.Host.PublicHttp;

namespace ResidencyAdvisor.Host.Listening;

/// <summary>
/// What the one web host listens on: the public routes (when some adapter runs an HTTP mode) on ASPNETCORE_URLS or
/// the "Kestrel" section, and /health and /metrics on the operations port (Metrics:Port), or nothing at all.
/// </summary>
internal sealed class ListenerPlan
{
    /// <summary>ASP.NET Core's own default when no address is configured.</summary>
    public const string DefaultPublicUrl = "http://localhost:5000";

    /// <summary>The name the operations port gets among Kestrel's endpoints (long, so no operator's section clashes).</summary>
    private const string OperationsEndpointName = "ResidencyAdvisorOperations";

    private ListenerPlan(bool servesPublic, int operationsPort, string operationsHost)
    {
        Public = servesPublic;
        OperationsPort = operationsPort;
        OperationsHost = operationsHost;
    }

    /// <summary>Some adapter registered routes for the public listener.</summary>
    public bool Public { get; }

    /// <summary>The operations port; 0 serves no /health or /metrics.</summary>
    public int OperationsPort { get; }

    public string OperationsHost { get; }

    public bool Operations => OperationsPort > 0;

    public bool Listens => Public || Operations;

    public static ListenerPlan From(IConfiguration configuration, IServiceCollection services) => new(
        services.Any(d => d.ServiceType == typeof(PublicEndpoints)),
        configuration.GetValue<int>($"{OperationsOptions.SectionName}:{nameof(OperationsOptions.Port)}"),
        configuration[$"{OperationsOptions.SectionName}:{nameof(OperationsOptions.Host)}"] is { Length: > 0 } host ? host : "localhost");

    /// <summary>Whether a request arrived on the operations port rather than a public address.</summary>
    public bool IsOperations(int localPort) => Operations && localPort == OperationsPort;

    /// <summary>
    /// Kestrel binds either its configured endpoints or the server's addresses, never both (warning that it overrides
    /// the addresses). With the operator's own Kestrel endpoints the operations port joins them; otherwise every
    /// address (ASPNETCORE_URLS or its ports settings or ASP.NET Core's default, and the operations port) is a server
    /// address and the Kestrel section keeps everything but its endpoints (limits, certificates).
    /// </summary>
    public (IConfiguration Kestrel, IReadOnlyList<string> Addresses) Bindings(IConfiguration configuration)
    {
        var kestrel = configuration.GetSection("Kestrel");
        var operationsUrl = $"http://{(OperationsHost.Contains(':', StringComparison.Ordinal) && !OperationsHost.StartsWith('[') ? $"[{OperationsHost}]" : OperationsHost)}:{OperationsPort}";
        if (Public && kestrel.GetSection("Endpoints").GetChildren().Any())
        {
            var endpoints = new Dictionary<string, string?>();
            if (Operations)
            {
                endpoints[$"Endpoints:{OperationsEndpointName}:Url"] = operationsUrl;
            }

            return (new ConfigurationBuilder().AddConfiguration(kestrel).AddInMemoryCollection(endpoints).Build(), []);
        }

        var withoutEndpoints = kestrel.AsEnumerable(makePathsRelative: true)
            .Where(setting => !setting.Key.StartsWith("Endpoints", StringComparison.OrdinalIgnoreCase));
        List<string> addresses = Public ? PublicUrls(configuration) : [];
        if (Operations)
        {
            // Kestrel reads "+" and "*" as every interface and "localhost" as both loopback addresses, as HttpListener did.
            addresses.Add(operationsUrl);
        }

        return (new ConfigurationBuilder().AddInMemoryCollection(withoutEndpoints).Build(), addresses);
    }

    private static List<string> PublicUrls(IConfiguration configuration)
    {
        if (configuration["urls"] is { Length: > 0 } urls)
        {
            return [.. urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }

        var ports = new List<string>();
        foreach (var (key, scheme) in new[] { ("http_ports", "http"), ("https_ports", "https") })
        {
            foreach (var port in (configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                ports.Add($"{scheme}://*:{port}");
            }
        }

        return ports.Count > 0 ? ports : [DefaultPublicUrl];
    }
}
