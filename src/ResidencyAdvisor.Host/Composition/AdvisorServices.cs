using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Host.Composition;

/// <summary>Registers the platform-neutral advisor: content, engine and conversation service.</summary>
internal static class AdvisorServices
{
    public static IServiceCollection AddAdvisorCore(this IServiceCollection services, AdvisorContent content)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(content);
        services.AddSingleton(sp => new ConversationEngine(sp.GetRequiredService<AdvisorContent>()));
        services.AddSingleton<ConversationService>();
        return services;
    }
}
