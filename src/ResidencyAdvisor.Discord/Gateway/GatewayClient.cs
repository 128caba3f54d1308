using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Resilience;
using ResidencyAdvisor.Discord.Rest;

namespace ResidencyAdvisor.Discord.Gateway;

/// <summary>
/// Keeps one shard connected: identify through GET /gateway/bot (respecting session_start_limit), resume on
/// resume_gateway_url after resumable closes, back off with jitter, and stop for good on a fatal close code.
/// </summary>
internal sealed class GatewayClient(
    IOptions<DiscordOptions> options,
    DiscordRestClient rest,
    DiscordAdapterStatus status,
    DiscordMetrics metrics,
    TimeProvider time,
    ILogger<GatewayClient> logger)
{
    private readonly GatewaySession _session = new();

    /// <summary>Runs until cancelled; returns the reason when the adapter must stop for good.</summary>
    public async Task<string?> RunAsync(IDispatchHandler handler, CancellationToken cancellationToken)
    {
        var action = ReconnectAction.Identify;
        var attempt = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            ConnectionOutcome outcome;
            try
            {
                outcome = await ConnectOnceAsync(action, handler, cancellationToken);
            }
            catch (DiscordRestException ex) when (ex.Status == HttpStatusCode.Unauthorized)
            {
                return "Discord rejected Discord:Token (HTTP 401 from GET /gateway/bot)";
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Resume if the session allows it; ConnectOnceAsync falls back to identifying when it does not.
                action = ReconnectAction.Resume;
                var failedDelay = Backoff.Delay(++attempt, options.Value.ReconnectMinDelay, options.Value.ReconnectMaxDelay);
                logger.ConnectionFailed(action, failedDelay, ex);
                metrics.Reconnecting();
                await Task.Delay(failedDelay, time, cancellationToken);
                continue;
            }
            finally
            {
                status.SetConnected(false);
            }

            if (outcome.Action == ReconnectAction.Stop)
            {
                return $"gateway closed with {outcome.CloseCode}: {outcome.Reason}";
            }

            attempt = outcome.WasHealthy ? 1 : attempt + 1;
            var delay = outcome.Delay ?? Backoff.Delay(attempt, options.Value.ReconnectMinDelay, options.Value.ReconnectMaxDelay);
            logger.GatewayClosed(outcome.CloseCode, outcome.Reason, outcome.Action, delay);
            metrics.Reconnecting();
            action = outcome.Action;
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken);
            }
        }

        return null;
    }

    private async Task<ConnectionOutcome> ConnectOnceAsync(ReconnectAction action, IDispatchHandler handler, CancellationToken cancellationToken)
    {
        var resume = action == ReconnectAction.Resume && _session.CanResume;
        Uri url;
        if (resume)
        {
            url = _session.ResumeUrl!;
        }
        else
        {
            _session.Reset();
            url = await IdentifyUrlAsync(cancellationToken);
        }

        await using var connection = new GatewayConnection(options.Value, _session, handler, status, time, logger);
        return await connection.RunAsync(url, resume, cancellationToken);
    }

    /// <summary>The gateway URL, after waiting out an exhausted session start budget.</summary>
    private async Task<Uri> IdentifyUrlAsync(CancellationToken cancellationToken)
    {
        var bot = await rest.GetGatewayBotAsync(cancellationToken);
        if (bot.SessionStartLimit is { Remaining: <= 0 } limit)
        {
            var wait = TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            logger.SessionStartLimitReached(wait);
            await Task.Delay(wait, time, cancellationToken);
        }

        return new Uri(bot.Url);
    }
}
