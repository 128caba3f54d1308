using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Core;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Conversations.Delivery;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Core.Telemetry;

namespace ResidencyAdvisor.Host.Composition;

/// <summary>Registers the platform-neutral advisor: content, engine and conversation service.</summary>
internal static class AdvisorServices
{
    /// <param name="reminders">True when a platform runs: turns then subscribe students who ask for reminders.</param>
    public static IServiceCollection AddAdvisorCore(this IServiceCollection services, AdvisorContent content, bool reminders)
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
            sp.GetRequiredService<AdvisorMetrics>(),
            reminders ? sp.GetRequiredService<IReminderStore>() : null,
            sp.GetService<IDeliveryLedger>(),
            sp.GetService<ConversationCache>()));
        return services;
    }
}
