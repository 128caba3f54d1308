namespace ResidencyAdvisor.Core.Conversations;

/// <summary>One async lock per key, so one student's turns run one at a time (Stateless is not concurrency-safe).</summary>
public sealed class KeyedLocks
{
    private readonly Dictionary<string, Holder> _holders = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Holder holder;
        lock (_holders)
        {
            if (!_holders.TryGetValue(key, out holder!))
            {
                holder = new Holder();
                _holders[key] = holder;
            }

            holder.Users++;
        }

        try
        {
            await holder.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(key, holder, entered: false);
            throw;
        }

        return new Lease(this, key, holder);
    }

    /// <summary>How many keys have a holder right now; idle keys are removed so this stays small.</summary>
    public int ActiveKeys
    {
        get
        {
            lock (_holders)
            {
                return _holders.Count;
            }
        }
    }

    private void Release(string key, Holder holder, bool entered)
    {
        if (entered)
        {
            holder.Semaphore.Release();
        }

        lock (_holders)
        {
            if (--holder.Users == 0)
            {
                _holders.Remove(key);
                holder.Semaphore.Dispose();
            }
        }
    }

    private sealed class Holder
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Lease(KeyedLocks owner, string key, Holder holder) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Release(key, holder, entered: true);
            }
        }
    }
}
