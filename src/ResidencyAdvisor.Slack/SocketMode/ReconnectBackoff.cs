namespace ResidencyAdvisor.Slack.SocketMode;

/// <summary>Exponential backoff with jitter, so many instances do not reconnect in lockstep.</summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int failures, TimeSpan min, TimeSpan max, double random)
    {
        var exponent = Math.Clamp(failures - 1, 0, 16);
        var ceiling = Math.Min(max.TotalMilliseconds, min.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (random / 2)));
    }
}
