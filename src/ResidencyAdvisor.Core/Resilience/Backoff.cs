namespace ResidencyAdvisor.Core.Resilience;

/// <summary>Capped exponential backoff with jitter, so many clients retrying at once do not retry in lockstep.</summary>
public static class Backoff
{
    // 2^16 times any sensible base is past any sensible cap; clamping keeps the arithmetic finite.
    private const int MaxDoublings = 16;

    /// <summary>The wait before retry number <paramref name="attempt"/> (1 = first retry), jittered by <paramref name="random"/> (default: shared).</summary>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, Random? random = null) =>
        Delay(attempt, baseDelay, maxDelay, (random ?? Random.Shared).NextDouble());

    /// <summary>
    /// The step doubles per attempt from <paramref name="baseDelay"/> up to <paramref name="maxDelay"/>; the wait is
    /// between half and all of the step, as <paramref name="random"/> goes from 0 to 1, so it always grows.
    /// </summary>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var step = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, MaxDoublings)));
        return TimeSpan.FromMilliseconds(step * (0.5 + (Math.Clamp(random, 0, 1) / 2)));
    }
}
