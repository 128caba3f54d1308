using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Core;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Telemetry;

namespace ResidencyAdvisor.Host.Composition;

/// <summary>Registers the platform-neutral advisor: content, engine and conversation service.</summary>
internal static class AdvisorServices
{
    public static IServiceCollection AddAdvisorCore(this IServiceCollection services, AdvisorContent content)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(content);
        services.AddSingleton(sp => new ConversationEngine(sp.GetRequiredService<AdvisorContent>()));
        services.AddSingleton(sp => new TurnHandler(
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<ConversationEngine>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TurnHandler>>(),
            migrations: null,
            sp.GetRequiredService<AdvisorMetrics>()));
        return services;
    }
}
