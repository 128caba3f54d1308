using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ResidencyAdvisor.Host.Composition;

/// <summary>Decides which platform adapters run: each one whose credentials are configured.</summary>
internal static class PlatformAdapters
{
    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        var names = new List<string>();
        return names;
    }

    public static void Add(IServiceCollection services, IConfiguration configuration, IReadOnlyList<string> adapters)
    {
    }
}
