namespace ResidencyAdvisor.Discord.Rest;

/// <summary>Exponential backoff with full jitter, so many clients retrying at once spread out.</summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 20)));
        var floor = baseDelay.TotalMilliseconds / 2;
        return TimeSpan.FromMilliseconds(floor + (Random.Shared.NextDouble() * Math.Max(0, ceiling - floor)));
    }
}
