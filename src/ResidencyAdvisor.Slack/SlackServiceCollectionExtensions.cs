using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Io;
using ResidencyAdvisor.Core.Platforms;
using ResidencyAdvisor.Slack.Http;
using ResidencyAdvisor.Slack.Interactions;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Slack.OAuth;
using ResidencyAdvisor.Slack.Season;
using ResidencyAdvisor.Slack.SocketMode;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack;

/// <summary>
/// Registers the Slack adapter; the host registers the core services (TurnHandler, IDeliveryLedger) and the
/// stores (IInstallationStore, IOAuthStateStore) too.
/// </summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>The platform's name: the first part of every Slack conversation key, and of its delivery records.</summary>
    public const string Platform = "slack";

    public const string HttpClientName = "ResidencyAdvisor.Slack";

    /// <summary>
    /// True when Slack can reach the bot (an app token for Socket Mode, or a signing secret for HTTP) and the bot is
    /// meant to answer (a bot token, or a client id or secret for many workspaces), so the host should run the adapter.
    /// Half of the OAuth pair counts: the settings' validation then stops start-up saying the two go together, instead
    /// of Slack being left off without a word.
    /// </summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        (Has(configuration, nameof(SlackOptions.AppToken)) || Has(configuration, nameof(SlackOptions.SigningSecret)))
        && (Has(configuration, nameof(SlackOptions.BotToken)) || Has(configuration, nameof(SlackOptions.ClientId))
            || Has(configuration, nameof(SlackOptions.ClientSecret)));

    /// <summary>True when the adapter needs the public HTTP listener: HTTP mode, or "Add to Slack" for many workspaces.</summary>
    public static bool UsesPublicEndpoints(IConfiguration configuration) =>
        IsConfigured(configuration) && (!Has(configuration, nameof(SlackOptions.AppToken)) || ManyWorkspaces(configuration));

    private static bool ManyWorkspaces(IConfiguration configuration) =>
        Has(configuration, nameof(SlackOptions.ClientId)) && Has(configuration, nameof(SlackOptions.ClientSecret));

    private static bool Has(IConfiguration configuration, string setting) =>
        !string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.SectionName}:{setting}"]);

    public static IServiceCollection AddSlackAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // response_url and webhook addresses are secrets of a kind: keep request URLs out of the logs.
        services.AddMetrics();
        services.AddSingleton(sp => new SlackMetrics(sp.GetRequiredService<IMeterFactory>()));
        services.AddHttpClient(HttpClientName, (sp, client) =>
            {
                client.Timeout = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiTimeout;

                // Slack's answers are a few kilobytes; a runaway body must not fill memory.
                client.MaxResponseContentBufferSize = 1024 * 1024;
            })
            .ConfigurePrimaryHttpMessageHandler(() => PlatformApiHandler.Create())
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddHttpMessageHandler(sp => new FirstCallTimer(sp.GetRequiredService<SlackMetrics>()));
        services.AddSingleton(sp => new SlackApiClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<IOptions<SlackOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SlackApiClient>>()));
        services.AddSingleton<ChannelRateLimiter>();
        services.AddSingleton<SlackWebApi>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<PromptMessages>();
        services.AddSingleton<PostedMessages>();
        services.TryAddSingleton<OpenFormQuery>();
        services.AddSingleton<WorkspaceGuard>();
        services.AddSingleton<BestEffortCalls>();
        services.AddSingleton<EarlierReplyEraser>();
        services.AddSingleton<SlackTurnSender>();
        services.AddSingleton<NumberFormOpener>();
        services.AddSingleton<DirectMessageStarter>();
        services.AddSingleton<MessageEventPlanner>();
        services.AddSingleton<SlashCommandPlanner>();
        services.AddSingleton<NumberSubmissionPlanner>();
        services.AddSingleton<InteractionPlanner>();
        services.AddSingleton<EnvelopeRouter>();
        services.AddSingleton(sp =>
        {
            var logger = sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<EnvelopeDispatcher>>();
            return new WorkQueue((envelopeType, ex) => logger.WorkFailed(envelopeType, ex));
        });
        services.AddSingleton<EnvelopeDispatcher>();
        services.AddSingleton<SocketModeSupervisor>();

        // Resolved only when /slack/events is mapped; an empty secret throws, so HTTP mode cannot run unverified.
        services.AddSingleton(sp => new SlackRequestVerifier(
            sp.GetRequiredService<IOptions<SlackOptions>>().Value.SigningSecret, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SlackEventsEndpoint>();

        // Many workspaces: the key is read only when a token is sealed or opened, so one workspace needs none.
        services.AddSingleton(sp => new Lazy<TokenProtector>(() =>
        {
            var settings = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
            return new TokenProtector(settings.TokenKey, settings.PreviousTokenKeys);
        }));
        services.AddSingleton<BotTokens>();
        services.AddSingleton<WorkspaceEventPlanner>();
        services.AddSingleton<OAuthAccessClient>();
        services.AddSingleton<InstallStates>();
        services.AddSingleton<InstallRateLimit>();
        services.AddSingleton<InstallEndpoints>();

        // The host's reminder scheduler resolves every platform's sender and picks by the subscription's platform.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReminderSender, SlackReminderSender>());
        return services.AddPlatformAdapter<SlackAdapter, SlackAdapterStatus>(Platform);
    }
}
