using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Discord;
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

    /// <summary>
    /// A platform configured only in part (one of Slack's two tokens) is a mistake to report at start, not a reason to
    /// fall back to the console chat; null when there is none.
    /// </summary>
    public static string? HalfConfigured(IConfiguration configuration)
    {
        var app = !string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.SectionName}:{nameof(SlackOptions.AppToken)}"]);
        var bot = !string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.SectionName}:{nameof(SlackOptions.BotToken)}"]);
        return (app, bot) switch
        {
            (true, false) => "Slack__AppToken is set but Slack__BotToken is not. Set both Slack tokens to run on Slack, or neither.",
            (false, true) => "Slack__BotToken is set but Slack__AppToken is not. Set both Slack tokens to run on Slack, or neither.",
            _ => null,
        };
    }

    public static void Add(IServiceCollection services, IConfiguration configuration, IReadOnlyList<string> adapters)
    {
        if (adapters.Contains(Discord))
        {
            services.AddDiscordAdapter(configuration);
        }

        if (adapters.Contains(Slack))
        {
            services.AddSlackAdapter(configuration);
            if (SlackServiceCollectionExtensions.UsesPublicEndpoints(configuration))
            {
                services.AddPublicEndpoints(Slack, (routes, provider) => routes.MapSlackEndpoints(provider));
            }
        }
    }
}
