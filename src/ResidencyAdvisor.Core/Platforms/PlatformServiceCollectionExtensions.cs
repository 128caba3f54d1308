using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;

namespace ResidencyAdvisor.Core.Platforms;

/// <summary>Registers a platform adapter the same way for every platform.</summary>
public static class PlatformServiceCollectionExtensions
{
    /// <summary>
    /// Adds the adapter as a hosted service and its status as a singleton and as the health check named
    /// <paramref name="platform"/>, tagged <see cref="AdapterStatus.HealthTag"/> so /health lists it among the adapters.
    /// </summary>
    public static IServiceCollection AddPlatformAdapter<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TAdapter,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TStatus>(
        this IServiceCollection services, string platform)
        where TAdapter : PlatformAdapter
        where TStatus : AdapterStatus
    {
        services.AddSingleton<TStatus>();
        services.AddHealthChecks().AddCheck<TStatus>(platform, tags: [AdapterStatus.HealthTag]);
        return services.AddHostedService<TAdapter>();
    }
}
