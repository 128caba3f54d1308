using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Core;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Telemetry;

namespace ResidencyAdvisor.Host.Composition;

/// <summary>Registers the platform-neutral advisor: content, engine and conversation service.</summary>
internal static class AdvisorServices
{
    /// <param name="seasonCommands">
    /// The season companion (plan file, checklist, what's next) answers where its views are rendered: the console chat
    /// and Slack DMs. Discord has no way to ask for it yet (no typed text, no button), so it is on wherever it can be reached.
    /// </param>
    public static IServiceCollection AddAdvisorCore(this IServiceCollection services, AdvisorContent content, bool seasonCommands = true)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(content);
        services.AddSingleton(sp => new ConversationEngine(sp.GetRequiredService<AdvisorContent>(), seasonCommands: seasonCommands));
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
