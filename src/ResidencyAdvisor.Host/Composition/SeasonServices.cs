using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Host.Composition;

/// <summary>
/// Reminders, for a host that runs at least one platform: the console chat has nobody to message later, so it gets
/// none of this and tells a student who asks that reminders are not available there.
/// </summary>
internal static class SeasonServices
{
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>();
        services.AddSingleton(sp => new ReminderPlanner(
            sp.GetRequiredService<AdvisorContent>().Calendar,
            ReminderPlanner.ParseOffsets(sp.GetRequiredService<IOptions<ReminderOptions>>().Value.Offsets, out _)!));
        services.AddSingleton<ISeasonChecklists>(sp => new StoredChecklists(
            sp.GetRequiredService<IConversationStore>(), sp.GetRequiredService<ConversationEngine>()));
        services.AddSingleton(sp => new ReminderScheduler(
            sp.GetRequiredService<IReminderStore>(),
            sp.GetRequiredService<ReminderPlanner>(),
            sp.GetRequiredService<ISeasonChecklists>(),
            sp.GetServices<IReminderSender>(),
            sp.GetRequiredService<AdvisorContent>().Guidance,
            sp.GetRequiredService<AdvisorContent>().Calendar,
            sp.GetRequiredService<ILogger<ReminderScheduler>>()));
        services.AddHostedService(sp => new ReminderService(
            sp.GetRequiredService<ReminderScheduler>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ReminderOptions>>().Value.CheckEvery,
            sp.GetRequiredService<ILogger<ReminderService>>()));
        return services;
    }
}
