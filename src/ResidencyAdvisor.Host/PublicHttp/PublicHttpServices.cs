using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>Lets an adapter put routes on the public listener; the listener itself is registered once, whoever asks first.</summary>
internal static class PublicHttpServices
{
    public static IServiceCollection AddPublicEndpoints(this IServiceCollection services, string name,
        Action<IEndpointRouteBuilder, IServiceProvider> map)
    {
        services.AddSingleton(new PublicEndpoints(name, map));
        services.TryAddSingleton<PublicListener>();
        services.AddHostedService(sp => sp.GetRequiredService<PublicListener>());
        return services;
    }
}
