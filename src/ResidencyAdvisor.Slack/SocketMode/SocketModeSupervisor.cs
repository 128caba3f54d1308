using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Resilience;
using ResidencyAdvisor.Slack.WebApi;

namespace ResidencyAdvisor.Slack.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection slot alive: opens a socket, waits for hello, and on "disconnect" opens a fresh one
/// before the old closes; a dropped socket reconnects with backoff and jitter. A rejected token ends the loop by throwing.
/// </summary>
internal sealed class SocketModeSupervisor(
    SlackWebApi api,
    EnvelopeDispatcher dispatcher,
    SlackAdapterStatus status,
    SlackMetrics metrics,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeSupervisor> logger)
{
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    public async Task RunAsync(int slot, CancellationToken cancellationToken)
    {
        var draining = new List<Task>();
        var failures = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var (connection, receive) = await TryConnectAsync(slot, cancellationToken);
                if (connection is null || receive is null)
                {
                    await BackoffAsync(slot, ++failures, dropped: false, null, cancellationToken);
                    continue;
                }

                failures = 0;
                status.SocketOpened();
                logger.SocketOpened(slot);
                var ended = await Task.WhenAny(receive, connection.DisconnectRequested);
                if (ended == connection.DisconnectRequested)
                {
                    logger.DisconnectRequested(slot, connection.DisconnectRequested.Result);
                    metrics.Reconnecting();
                    draining.RemoveAll(t => t.IsCompleted);
                    draining.Add(DrainAsync(connection, receive, cancellationToken));
                    continue;
                }

                status.SocketClosed();
                var error = receive.Exception?.GetBaseException();
                if (connection.ClosedTooBig)
                {
                    logger.MessageTooBig(slot, SocketModeConnection.MaxMessageBytes);
                }
                await connection.DisposeAsync();
                cancellationToken.ThrowIfCancellationRequested();
                await BackoffAsync(slot, ++failures, dropped: true, error, cancellationToken);
            }
        }
        finally
        {
            await Task.WhenAll(draining);
        }
    }

    /// <summary>Opens and connects a socket and waits for hello; null when that failed in a way worth retrying.</summary>
    private async Task<(SocketModeConnection? Connection, Task? Receive)> TryConnectAsync(int slot, CancellationToken cancellationToken)
    {
        var connection = new SocketModeConnection(slot, options.Value.KeepAliveInterval);
        Task? receive = null;
        try
        {
            var url = await api.OpenConnectionAsync(cancellationToken);
            await connection.ConnectAsync(url, options.Value.ConnectTimeout, time, cancellationToken);
            receive = connection.ReceiveAsync(dispatcher.OnFrameAsync, cancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var helloTimeout = Task.Delay(options.Value.HelloTimeout, time, timeout.Token);
            var first = await Task.WhenAny(connection.Hello, receive, helloTimeout);
            await timeout.CancelAsync();
            if (first == connection.Hello)
            {
                return (connection, receive);
            }

            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException("Slack did not say hello on the new socket.", receive.Exception);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !(ex is SlackApiException { IsAuthFailure: true }))
        {
            logger.ConnectFailed(slot, options.Value.ReconnectMinDelay, ex);
            await DisposeAsync(connection, receive);
            return (null, null);
        }
        catch
        {
            await DisposeAsync(connection, receive);
            throw;
        }
    }

    /// <summary>Lets the old socket deliver what it still has until Slack closes it, then closes it ourselves.</summary>
    private async Task DrainAsync(SocketModeConnection connection, Task receive, CancellationToken cancellationToken)
    {
        try
        {
            await receive.WaitAsync(DrainTimeout, time, cancellationToken);
        }
        catch (Exception)
        {
            // Timed out, cancelled or dropped while draining: the new socket already carries the traffic.
        }
        finally
        {
            status.SocketClosed();
            await connection.CloseAsync(CancellationToken.None);
            await DisposeAsync(connection, receive);
        }
    }

    private async Task BackoffAsync(int slot, int failures, bool dropped, Exception? error, CancellationToken cancellationToken)
    {
        var delay = Backoff.Delay(failures, options.Value.ReconnectMinDelay, options.Value.ReconnectMaxDelay);

        // A keep-alive abort may end the receive loop without an exception; it is still a drop worth one line.
        if (dropped)
        {
            logger.SocketDropped(slot, delay, error);
        }

        metrics.Reconnecting();

        await Task.Delay(delay, time, cancellationToken);
    }

    private static async Task DisposeAsync(SocketModeConnection connection, Task? receive)
    {
        await connection.DisposeAsync();
        if (receive is not null)
        {
            try
            {
                await receive.WaitAsync(TimeSpan.FromSeconds(1));
            }
            catch (Exception)
            {
                // The socket is gone; its receive loop ending in an error is expected.
            }
        }
    }
}
