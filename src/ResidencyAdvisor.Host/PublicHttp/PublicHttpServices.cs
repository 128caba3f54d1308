using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>The extension point of the public listener: each adapter's HTTP mode adds its routes here.</summary>
internal static class PublicHttpServices
{
    private const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";
    private const string Routing = "Microsoft.AspNetCore.Routing";

    /// <summary>Adds routes to the public listener, and the listener itself the first time: no routes, no listener.</summary>
    public static IServiceCollection AddPublicEndpoints(this IServiceCollection services, string name, Action<IEndpointRouteBuilder, IServiceProvider> map)
    {
        services.AddSingleton(new PublicEndpoints(name, map));
        services.AddOptionsWithValidateOnStart<PublicHttpOptions>().BindConfiguration(PublicHttpOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicHttpOptions>, PublicHttpOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PublicListener>());

        // ASP.NET Core's request lines carry the query string (an OAuth code); RequestLogging writes safe ones instead.
        // Routing's two "Executing/Executed endpoint" lines per request say nothing RequestLogging does not, and writing
        // them (with our own line) measured about 0.1 ms of CPU per request (docs/performance.md).
        services.Configure<LoggerFilterOptions>(filters => filters
            .AddFilter(HostingDiagnostics, LogLevel.Warning)
            .AddFilter(Routing, LogLevel.Warning));
        return services;
    }
}
