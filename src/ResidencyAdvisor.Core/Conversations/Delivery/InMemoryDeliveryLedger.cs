namespace ResidencyAdvisor.Core.Conversations.Delivery;

/// <summary>
/// A process-local delivery ledger that forgets ids once their window has passed. The in-memory conversation store
/// records a saving turn's delivery here under the same lock, so a record and a save are one step.
/// </summary>
public sealed class InMemoryDeliveryLedger(TimeProvider time) : IDeliveryLedger
{
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>Held while a delivery is checked and recorded, by the ledger and by the store's combined save.</summary>
    internal Lock Gate { get; } = new();

    public ValueTask<bool> TryRecordAsync(string deliveryId, TimeSpan window, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            if (IsRecorded(deliveryId))
            {
                return ValueTask.FromResult(false);
            }

            Record(deliveryId, window);
            return ValueTask.FromResult(true);
        }
    }

    /// <summary>True when the id was recorded and its window has not passed; call under <see cref="Gate"/>.</summary>
    internal bool IsRecorded(string deliveryId)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        return _seen.TryGetValue(deliveryId, out var until) && until > now;
    }

    /// <summary>Records the id from now for <paramref name="window"/> (an expired one counts as new); call under <see cref="Gate"/>.</summary>
    internal void Record(string deliveryId, TimeSpan window) => _seen[deliveryId] = time.GetUtcNow() + window;

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + TimeSpan.FromMinutes(1);
        foreach (var (id, until) in _seen)
        {
            if (until <= now)
            {
                _seen.Remove(id);
            }
        }
    }
}
