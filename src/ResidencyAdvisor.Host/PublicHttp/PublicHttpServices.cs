using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>The extension point of the public listener: each adapter's HTTP mode adds its routes here.</summary>
internal static class PublicHttpServices
{
    /// <summary>Adds routes to the public listener: with none, the program serves no public address.</summary>
    public static IServiceCollection AddPublicEndpoints(this IServiceCollection services, string name, Action<IEndpointRouteBuilder, IServiceProvider> map) =>
        services.AddSingleton(new PublicEndpoints(name, map));
}
