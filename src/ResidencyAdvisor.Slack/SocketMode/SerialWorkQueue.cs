using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Slack.SocketMode;

/// <summary>
/// Runs acknowledged work off the socket's read loop: one student's work in arrival order, different students in parallel.
/// Every failure is logged here, and <see cref="DrainAsync"/> waits for what is running, so no work is fire-and-forget.
/// </summary>
internal sealed class SerialWorkQueue(ILogger<SerialWorkQueue> logger) : IDisposable
{
    /// <summary>How long a shutdown lets acknowledged work finish before cancelling it.</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly HashSet<Task> _unkeyed = [];

    // Work runs on the queue's own token: the host's stopping token would cancel an acknowledged answer mid-reply.
    private readonly CancellationTokenSource _stop = new();

    /// <summary>Queues work behind the same key; a null key runs at once (views.open must beat its trigger's expiry).</summary>
    public void Enqueue(string? key, string what, Func<CancellationToken, Task> work)
    {
        var cancellationToken = _stop.Token;
        lock (_tails)
        {
            if (key is null)
            {
                var task = RunAsync(Task.CompletedTask, what, work, cancellationToken);
                _unkeyed.Add(task);
                _ = task.ContinueWith(t => Forget(null, t), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return;
            }

            var previous = _tails.GetValueOrDefault(key) ?? Task.CompletedTask;
            var next = RunAsync(previous, what, work, cancellationToken);
            _tails[key] = next;
            _ = next.ContinueWith(t => Forget(key, t), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Lets queued work finish for up to <see cref="ShutdownGrace"/>, then cancels what is left and waits for it.</summary>
    public async Task DrainAsync()
    {
        try
        {
            await Running().WaitAsync(ShutdownGrace);
        }
        catch (TimeoutException)
        {
            await _stop.CancelAsync();
            await Running();
        }
    }

    public void Dispose() => _stop.Dispose();

    /// <summary>Completes when the work queued so far has finished (for tests that check what a turn left behind).</summary>
    public Task IdleAsync() => Running();

    private Task Running()
    {
        lock (_tails)
        {
            return Task.WhenAll([.. _tails.Values, .. _unkeyed]);
        }
    }

    private async Task RunAsync(Task previous, string what, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        // Never run inline on the socket's read loop.
        await Task.Yield();
        await previous;
        try
        {
            await work(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            logger.WorkFailed(what, ex);
        }
    }

    private void Forget(string? key, Task task)
    {
        lock (_tails)
        {
            if (key is null)
            {
                _unkeyed.Remove(task);
            }
            else if (_tails.TryGetValue(key, out var tail) && tail == task)
            {
                _tails.Remove(key);
            }
        }
    }
}
