namespace ResidencyAdvisor.Core.Interactions;

/// <summary>
/// Runs an adapter's work off its socket's read loop (or an HTTP request): work behind one key (a student) in arrival
/// order, different keys and unkeyed work in parallel. Every failure goes to the adapter's own log, and
/// <see cref="DrainAsync"/> waits for what is running, so no work is fire-and-forget. Each adapter owns its queue, so
/// one platform's shutdown grace never waits on the other's work.
/// </summary>
public sealed class WorkQueue(Action<string, Exception> failed) : IDisposable
{
    /// <summary>How long a shutdown lets work in flight finish before cancelling it (platforms wait 3 s for a first response anyway).</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly HashSet<Task> _unkeyed = [];

    // Work runs on the queue's own token: the host's stopping token would cancel a half-sent answer the moment a deploy starts.
    private readonly CancellationTokenSource _stop = new();

    /// <summary>
    /// Queues work behind the same key; a null key runs at once, beside everything else (a form whose trigger expires,
    /// or a platform whose events need no order). <paramref name="what"/> names the work in the failure log.
    /// </summary>
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
            await IdleAsync().WaitAsync(ShutdownGrace);
        }
        catch (TimeoutException)
        {
            await _stop.CancelAsync();
            await IdleAsync();
        }
    }

    public void Dispose() => _stop.Dispose();

    /// <summary>Completes when the work queued so far has finished.</summary>
    public Task IdleAsync()
    {
        lock (_tails)
        {
            return Task.WhenAll([.. _tails.Values, .. _unkeyed]);
        }
    }

    private async Task RunAsync(Task previous, string what, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        // Never run inline on the caller's read loop.
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
            failed(what, ex);
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
