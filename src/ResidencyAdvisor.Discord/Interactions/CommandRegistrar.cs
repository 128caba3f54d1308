using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rest;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>Bulk-overwrites /advise globally and, for development, in the configured guilds (instant there).</summary>
internal sealed class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
{
    public static List<ApplicationCommandPayload> Commands() =>
    [
        new ApplicationCommandPayload
        {
            Name = InteractionParser.CommandName,
            Description = "Plan your diagnostic radiology application as a US-citizen IMG: dual apply or not, and how.",
            Type = 1,
            Options =
            [
                new CommandOptionPayload(InteractionParser.ActionOption, "Leave empty to start or continue; or start over, or erase everything you told me.",
                    Type: 3, Required: false,
                    [new CommandChoicePayload("Start over", "restart"), new CommandChoicePayload("Forget my answers (erase now)", "forget")]),
            ],
            Contexts = [0, 1],
            IntegrationTypes = [0],
        },
    ];

    /// <summary>Registers the commands; failures are logged, since the bot can still answer commands registered before.</summary>
    public async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        await RegisterOneAsync(RestRoute.GlobalCommands(applicationId), "global", cancellationToken);
        foreach (var guild in options.Value.GuildIdList)
        {
            await RegisterOneAsync(RestRoute.GuildCommands(applicationId, guild), "guild " + guild, cancellationToken);
        }
    }

    private async Task RegisterOneAsync(RestRoute route, string scope, CancellationToken cancellationToken)
    {
        try
        {
            await rest.SendAsync(route, Commands(), DiscordJsonContext.Default.ListApplicationCommandPayload, cancellationToken);
            logger.CommandsRegistered(scope);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException)
        {
            logger.CommandsRegistrationFailed(scope, ex);
        }
    }
}
