using System.Collections.Concurrent;

namespace ResidencyAdvisor.Slack.Tests.Season;

/// <summary>
/// Real time, except that every wait (Task.Delay on this provider) is recorded and ends at once: a test sees the
/// Retry-After or rate-limit wait the client asked for without sleeping through it.
/// </summary>
internal sealed class InstantDelays : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public IReadOnlyList<TimeSpan> Delays => [.. _delays];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _delays.Enqueue(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
