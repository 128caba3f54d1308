using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Resilience;
using ResidencyAdvisor.Discord.Rest;

namespace ResidencyAdvisor.Discord.Interactions;

/// <summary>
/// Reads the application id from GET /applications/@me when none is configured and there is no gateway READY to
/// carry it; retried with backoff, like registration, so a transient outage at start-up does not lose /advise.
/// </summary>
internal sealed class ApplicationIdReader(DiscordRestClient rest, TimeProvider time, ILogger<ApplicationIdReader> logger)
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(1);

    public async Task<string> ReadIdAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await rest.GetCurrentApplicationAsync(cancellationToken)).Id;
            }
            catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or System.Text.Json.JsonException)
            {
                logger.ApplicationIdUnavailable(ex);
            }

            await Task.Delay(Backoff.Delay(attempt, FirstRetryDelay, CommandRegistrar.MaxRetryDelay), time, cancellationToken);
        }
    }
}
