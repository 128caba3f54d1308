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

    /// <summary>Adds routes to the public listener, and the listener itself the first time: no routes, no listener.</summary>
    public static IServiceCollection AddPublicEndpoints(this IServiceCollection services, string name, Action<IEndpointRouteBuilder, IServiceProvider> map)
    {
        services.AddSingleton(new PublicEndpoints(name, map));
        services.AddOptionsWithValidateOnStart<PublicHttpOptions>().BindConfiguration(PublicHttpOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublicHttpOptions>, PublicHttpOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PublicListener>());

        // ASP.NET Core's request lines carry the query string (an OAuth code); RequestLogging writes safe ones instead.
        services.Configure<LoggerFilterOptions>(filters => filters.AddFilter(HostingDiagnostics, LogLevel.Warning));
        return services;
    }
}
