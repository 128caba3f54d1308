using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Slack.WebApi;

/// <summary>
/// A token bucket per channel: a short burst, then one message per interval, in arrival order. Slack allows about one
/// message a second per channel; waiting here beats being answered 429.
/// </summary>
internal sealed class ChannelRateLimiter(IOptions<SlackOptions> options, TimeProvider time)
{
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private long _nextSweep;

    public Task WaitAsync(string channel, CancellationToken cancellationToken)
    {
        var delay = Reserve(channel);
        return delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, time, cancellationToken);
    }

    /// <summary>Takes a token (possibly going into debt) and says how long to wait for it.</summary>
    internal TimeSpan Reserve(string channel)
    {
        var interval = options.Value.ChannelMessageInterval;
        if (interval <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var burst = options.Value.ChannelMessageBurst;
        var now = time.GetTimestamp();
        lock (_buckets)
        {
            Sweep(now, interval, burst);
            if (!_buckets.TryGetValue(channel, out var bucket))
            {
                bucket = new Bucket { Tokens = burst, At = now };
                _buckets[channel] = bucket;
            }

            var refilled = time.GetElapsedTime(bucket.At, now) / interval;
            bucket.Tokens = Math.Min(burst, bucket.Tokens + refilled) - 1;
            bucket.At = now;
            return bucket.Tokens >= 0 ? TimeSpan.Zero : interval * -bucket.Tokens;
        }
    }

    private void Sweep(long now, TimeSpan interval, int burst)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + (long)(time.TimestampFrequency * 60.0);
        foreach (var (channel, bucket) in _buckets)
        {
            if (bucket.Tokens + (time.GetElapsedTime(bucket.At, now) / interval) >= burst)
            {
                _buckets.Remove(channel);
            }
        }
    }

    private sealed class Bucket
    {
        public double Tokens { get; set; }

        public long At { get; set; }
    }
}
