using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace ResidencyAdvisor.Discord.Rest;

/// <summary>
/// Per-route buckets learned from X-RateLimit-* headers, plus the global limit from a 429: before a call we wait
/// until its bucket (or the global limit) has room again, so we rarely hit a 429 at all.
/// </summary>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    private const int PruneAbove = 2_000;

    private readonly ConcurrentDictionary<string, BucketState> _byRoute = new(StringComparer.Ordinal);
    private long _globalUntilTicks;

    public TimeSpan DelayBefore(RestRoute route)
    {
        var now = time.GetUtcNow();
        var wait = TimeSpan.Zero;
        var global = new DateTimeOffset(Interlocked.Read(ref _globalUntilTicks), TimeSpan.Zero);
        if (global > now)
        {
            wait = global - now;
        }

        if (_byRoute.TryGetValue(route.BucketKey, out var bucket) && bucket.Remaining <= 0 && bucket.ResetAt > now)
        {
            var bucketWait = bucket.ResetAt - now;
            wait = bucketWait > wait ? bucketWait : wait;
        }

        return wait;
    }

    public void Update(RestRoute route, HttpResponseHeaders headers)
    {
        if (!TryDouble(headers, "X-RateLimit-Remaining", out var remaining) || !TryDouble(headers, "X-RateLimit-Reset-After", out var resetAfter))
        {
            return;
        }

        if (_byRoute.Count > PruneAbove)
        {
            Prune();
        }

        _byRoute[route.BucketKey] = new BucketState((int)remaining, time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter));
    }

    /// <summary>Records a 429: global limits stop every call, others only this route.</summary>
    public void Limited(RestRoute route, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            Interlocked.Exchange(ref _globalUntilTicks, until.UtcTicks);
            return;
        }

        _byRoute[route.BucketKey] = new BucketState(0, until);
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (key, state) in _byRoute)
        {
            if (state.ResetAt <= now)
            {
                _byRoute.TryRemove(new KeyValuePair<string, BucketState>(key, state));
            }
        }
    }

    private static bool TryDouble(HttpResponseHeaders headers, string name, out double value)
    {
        value = 0;
        return headers.TryGetValues(name, out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private sealed record BucketState(int Remaining, DateTimeOffset ResetAt);
}
