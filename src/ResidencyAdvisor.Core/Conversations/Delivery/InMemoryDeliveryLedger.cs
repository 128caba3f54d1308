using System.Collections.Concurrent;

namespace ResidencyAdvisor.Core.Conversations.Delivery;

/// <summary>A process-local delivery ledger that forgets ids once their window has passed.</summary>
public sealed class InMemoryDeliveryLedger(TimeProvider time) : IDeliveryLedger
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public ValueTask<bool> TryRecordAsync(string deliveryId, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Sweep(now);
        var expires = now + window;
        while (true)
        {
            if (_seen.TryAdd(deliveryId, expires))
            {
                return ValueTask.FromResult(true);
            }

            if (_seen.TryGetValue(deliveryId, out var until) && until > now)
            {
                return ValueTask.FromResult(false);
            }

            // Expired: replace it as a first sighting.
            if (_seen.TryUpdate(deliveryId, expires, until))
            {
                return ValueTask.FromResult(true);
            }
        }
    }

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
                _seen.TryRemove(new KeyValuePair<string, DateTimeOffset>(id, until));
            }
        }
    }
}
