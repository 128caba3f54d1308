using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Discord;
using ResidencyAdvisor.Host.PublicHttp;
using ResidencyAdvisor.Slack;

namespace ResidencyAdvisor.Host.Composition;

/// <summary>Decides which platform adapters run: each one whose credentials are configured.</summary>
internal static class PlatformAdapters
{
    public const string Discord = DiscordServiceCollectionExtensions.Platform;
    public const string Slack = SlackServiceCollectionExtensions.Platform;

    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        var names = new List<string>();
        if (DiscordServiceCollectionExtensions.IsConfigured(configuration))
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
    /// A platform configured only in part (a Slack token that cannot work without its partner) is a mistake to report at
    /// start, not a reason to fall back to the console chat; null when there is none.
    /// </summary>
    public static string? HalfConfigured(IConfiguration configuration)
    {
        bool Set(string name) => !string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.SectionName}:{name}"]);
        var app = Set(nameof(SlackOptions.AppToken));
        var bot = Set(nameof(SlackOptions.BotToken));
        var signed = Set(nameof(SlackOptions.SigningSecret));
        var installs = Set(nameof(SlackOptions.ClientId)) && Set(nameof(SlackOptions.ClientSecret));
        if (app && !bot && !installs)
        {
            return "Slack__AppToken is set but Slack__BotToken is not. Set both Slack tokens to run on Slack (or Slack__ClientId and Slack__ClientSecret for many workspaces), or neither.";
        }

        if (bot && !app && !signed)
        {
            return "Slack__BotToken is set but neither Slack__AppToken (Socket Mode) nor Slack__SigningSecret (HTTP) is. Set one of them to run on Slack, or unset the bot token.";
        }

        return null;
    }

    public static void Add(IServiceCollection services, IConfiguration configuration, IReadOnlyList<string> adapters)
    {
        if (adapters.Contains(Discord))
        {
            services.AddDiscordAdapter(configuration);
            if (DiscordServiceCollectionExtensions.UsesPublicEndpoints(configuration))
            {
                services.AddPublicEndpoints(Discord, (routes, provider) => routes.MapDiscordEndpoints(provider));
            }
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
