using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Resilience;
using ResidencyAdvisor.Core.Text;
using ResidencyAdvisor.Discord.Payloads;
using ResidencyAdvisor.Discord.Rendering;
using ResidencyAdvisor.Discord.Rest;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>Bulk-overwrites /advise globally and, for development, in the configured guilds (instant there).</summary>
internal sealed class CommandRegistrar(
    DiscordRestClient rest,
    AdvisorContent content,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<CommandRegistrar> logger)
{
    public static List<ApplicationCommandPayload> Commands(ChatLabels labels) =>
    [
        new ApplicationCommandPayload
        {
            Name = InteractionParser.CommandName,
            Description = LabelFitter.Fit(labels[ChatLabel.AdviseCommandDescription], DiscordLimits.CommandDescription),
            Type = 1,
            Options =
            [
                new CommandOptionPayload(InteractionParser.ActionOption,
                    LabelFitter.Fit(labels[ChatLabel.AdviseActionDescription], DiscordLimits.CommandDescription),
                    Type: 3, Required: false,
                    [
                        Choice(labels[ChatLabel.AdvisePlan], InteractionParser.Plan),
                        Choice(labels[ChatLabel.MyChecklist], InteractionParser.Checklist),
                        Choice(labels[ChatLabel.AdviseWhatsNext], InteractionParser.WhatsNext),
                        Choice(labels[ChatLabel.AdviseReminders], InteractionParser.Reminders),
                        Choice(labels[ChatLabel.StopReminders], InteractionParser.StopReminders),
                        Choice(labels[ChatLabel.StartOver], InteractionParser.Restart),
                        Choice(labels[ChatLabel.AdviseForget], InteractionParser.Forget),
                    ]),
            ],
            Contexts = [0, 1],
            IntegrationTypes = [0],
        },
    ];

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two registration attempts.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Registers the commands, retrying failed scopes with backoff until they succeed or the adapter stops: a transient
    /// outage at start-up must not leave a fresh install without /advise. Failures are logged each time.
    /// </summary>
    public async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        var pending = new List<(RestRoute Route, string Scope)> { (RestRoute.GlobalCommands(applicationId), "global") };
        pending.AddRange(options.Value.GuildIdList.Select(guild => (RestRoute.GuildCommands(applicationId, guild), "guild " + guild)));
        for (var attempt = 1; ; attempt++)
        {
            var failed = new List<(RestRoute Route, string Scope)>();
            foreach (var (route, scope) in pending)
            {
                if (!await RegisterOneAsync(route, scope, cancellationToken))
                {
                    failed.Add((route, scope));
                }
            }

            if (failed.Count == 0)
            {
                return;
            }

            pending = failed;
            await Task.Delay(Backoff.Delay(attempt, FirstRetryDelay, MaxRetryDelay), time, cancellationToken);
        }
    }

    private async Task<bool> RegisterOneAsync(RestRoute route, string scope, CancellationToken cancellationToken)
    {
        try
        {
            await rest.SendAsync(route, Commands(content.Labels), DiscordJsonContext.Default.ListApplicationCommandPayload, cancellationToken);
            logger.CommandsRegistered(scope);
            return true;
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // An HttpClient timeout is a cancellation nobody asked for: as retryable as a refused connection.
            logger.CommandsRegistrationFailed(scope, ex);
            return false;
        }
    }

    private static CommandChoicePayload Choice(string name, string value) => new(LabelFitter.Fit(name, DiscordLimits.ChoiceName), value);
}
