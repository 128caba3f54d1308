using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Io;
using ResidencyAdvisor.Core.Platforms;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Discord.Gateway;
using ResidencyAdvisor.Discord.Http;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Rest;
using ResidencyAdvisor.Discord.Season;

namespace ResidencyAdvisor.Discord;

/// <summary>
/// Registers the Discord adapter; the host registers the core services (TurnHandler, IDeliveryLedger) too.
/// </summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>The platform's name: the first part of every Discord conversation key, and of its delivery records.</summary>
    public const string Platform = "discord";

    /// <summary>True when a Discord token or public key is configured, so the host should run the adapter.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.Token)}"])
        || UsesPublicEndpoints(configuration);

    /// <summary>True when the adapter needs the public HTTP listener: a public key is set, so interactions come over HTTP.</summary>
    public static bool UsesPublicEndpoints(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.PublicKey)}"]);

    /// <summary>
    /// Adds options (validated at start), the REST client, gateway and hosted service, and Discord's reminder sender.
    /// Expects TimeProvider, AdvisorContent, TurnHandler and IDeliveryLedger to be registered, and IReminderStore when
    /// the host keeps reminders (a reminder's Stop button deletes from it).
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<DiscordMetrics>();
        services.AddSingleton<RateLimitBuckets>();

        // Interaction tokens sit in webhook URLs, so the factory's per-request URL logging is switched off.
        services.AddHttpClient(DiscordRestClient.HttpClientName, (sp, http) =>
            {
                http.BaseAddress = sp.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiBase;
                http.Timeout = sp.GetRequiredService<IOptions<DiscordOptions>>().Value.ApiTimeout;
            })
            .ConfigurePrimaryHttpMessageHandler(() => PlatformApiHandler.Create())
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<GatewayClient>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<EditableReplies>();
        services.AddSingleton<EarlierReplyEraser>();
        services.TryAddSingleton<OpenFormQuery>();
        services.AddSingleton<NumberFormOpener>();
        services.AddSingleton<FollowUpSender>();
        services.AddSingleton<PlanReplySender>();
        services.AddSingleton<ReminderStopper>();
        services.AddSingleton<DiscordTurnSender>();
        services.AddSingleton<InteractionDispatcher>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<ApplicationIdReader>();
        services.AddSingleton(sp => new DiscordRequestVerifier(
            sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey ?? "", sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<InteractionsEndpoint>();

        // The host's reminder scheduler sends through every registered sender, each serving its own platform.
        services.AddSingleton<DmChannels>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReminderSender, DiscordReminderSender>());
        return services.AddPlatformAdapter<DiscordAdapter, DiscordAdapterStatus>(Platform);
    }
}
