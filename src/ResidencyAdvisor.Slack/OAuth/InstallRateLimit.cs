namespace ResidencyAdvisor.Slack.OAuth;

/// <summary>
/// A token bucket for GET /slack/install on this instance: an admin opens it once, so a burst of <see cref="Burst"/>
/// and then one every <see cref="Interval"/> is plenty, and a flood is answered 429 without any work. Per instance and
/// not per address (behind a proxy every browser shares one); the proxy in front should add per-address limits.
/// </summary>
internal sealed class InstallRateLimit(TimeProvider time)
{
    public const int Burst = 20;
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private double _tokens = Burst;
    private long _refilledAt = time.GetTimestamp();

    /// <summary>True when this request may go on; otherwise how long until it could (for Retry-After).</summary>
    public bool TryTake(out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(Burst, _tokens + time.GetElapsedTime(_refilledAt, now) / Interval);
            _refilledAt = now;
            if (_tokens >= 1)
            {
                _tokens--;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = (1 - _tokens) * Interval;
            return false;
        }
    }
}
