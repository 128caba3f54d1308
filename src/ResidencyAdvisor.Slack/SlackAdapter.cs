using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Platforms;
using ResidencyAdvisor.Core.Resilience;
using ResidencyAdvisor.Slack.Interactions;
using ResidencyAdvisor.Slack.SocketMode;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack;

/// <summary>
/// The hosted Slack adapter: signs in (auth.test, one workspace), then keeps the configured number of Socket Mode
/// connections open, or in HTTP mode waits for requests to /slack/events. A rejected token or an unexpected error logs
/// one clear line, sets the fatal status and stops this adapter only; the host (and any other adapter) keeps running.
/// </summary>
internal sealed class SlackAdapter(
    SlackWebApi api,
    SocketModeSupervisor supervisor,
    WorkQueue work,
    BotIdentity bot,
    SlackAdapterStatus status,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackAdapter> logger) : PlatformAdapter(status)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (!options.Value.ManyWorkspaces)
            {
                await SignInAsync(stoppingToken);
            }

            if (!options.Value.SocketMode)
            {
                // HTTP mode: Slack's requests arrive at /slack/events; this service only keeps the work queue alive.
                status.ListeningForRequests();
                logger.ListeningForRequests();
                await Task.Delay(Timeout.InfiniteTimeSpan, time, stoppingToken);
                return;
            }

            using var stopAll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var slots = Enumerable.Range(1, options.Value.Connections).Select(slot => RunSlotAsync(slot, stopAll)).ToArray();
            await Task.WhenAll(slots);
        }
        catch (SlackApiException ex) when (ex.IsAuthFailure)
        {
            var token = ex.Method == "apps.connections.open" ? "app token (Slack:AppToken)" : "bot token (Slack:BotToken)";
            status.Fail($"Slack rejected the {token}: {ex.Error}");
            logger.TokenRejected(token, ex.Error);
        }
    }

    protected override void LogFatal(string reason) => logger.AdapterFatal(reason);

    protected override Task FinishAsync() => work.DrainAsync();

    private async Task SignInAsync(CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                var me = await api.AuthTestAsync(cancellationToken);
                bot.Set(me.UserId, me.BotId, me.TeamId);
                logger.SignedIn(me.UserId ?? "?", options.Value.Connections);
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or SlackApiException { IsAuthFailure: false })
            {
                var delay = Backoff.Delay(failures, options.Value.ReconnectMinDelay, options.Value.ReconnectMaxDelay);
                logger.SignInFailed(delay, ex);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    /// <summary>Runs one connection slot; a rejected app token stops every slot.</summary>
    private async Task RunSlotAsync(int slot, CancellationTokenSource stopAll)
    {
        try
        {
            await supervisor.RunAsync(slot, stopAll.Token);
        }
        catch (SlackApiException ex) when (ex.IsAuthFailure)
        {
            await stopAll.CancelAsync();
            throw;
        }
        catch (OperationCanceledException) when (stopAll.IsCancellationRequested)
        {
            // Stopping, or another slot found the token rejected.
        }
    }
}
