using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Discord;
using ResidencyAdvisor.Discord.Http;
using ResidencyAdvisor.Host.PublicHttp;
using ResidencyAdvisor.Slack;

namespace ResidencyAdvisor.Host.Composition;

/// <summary>Decides which platform adapters run: each one whose credentials are configured.</summary>
internal static class PlatformAdapters
{
    public const string Discord = DiscordAdapterRegistration.Platform;
    public const string Slack = SlackServiceCollectionExtensions.Platform;

    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        var names = new List<string>();
        if (DiscordAdapterRegistration.IsConfigured(configuration))
        {
            names.Add(Discord);
        }

        if (SlackServiceCollectionExtensions.IsConfigured(configuration))
        {
            names.Add(Slack);
        }

        return names;
    }

    public static void Add(IServiceCollection services, IConfiguration configuration, IReadOnlyList<string> adapters)
    {
        if (adapters.Contains(Discord))
        {
            services.AddDiscordAdapter(configuration);
            if (DiscordAdapterRegistration.UsesInteractionsEndpoint(configuration))
            {
                services.AddPublicEndpoints(Discord, (endpoints, adapterServices) => endpoints.MapDiscordInteractions(adapterServices));
            }
        }

        if (adapters.Contains(Slack))
        {
            services.AddSlackAdapter(configuration);
        }
    }
}
