namespace ResidencyAdvisor.Core.Interactions;

/// <summary>
/// The time a platform gives for the first response to an event (Discord's initial response, Slack's ack), counted from
/// when the event reached us rather than from when its work got a thread.
/// </summary>
public readonly struct ResponseDeadline
{
    private static readonly Task<bool> Met = Task.FromResult(true);

    private readonly TimeProvider _time;
    private readonly long _startedAt;
    private readonly TimeSpan _budget;

    private ResponseDeadline(TimeProvider time, long startedAt, TimeSpan budget) => (_time, _startedAt, _budget) = (time, startedAt, budget);

    /// <summary>
    /// A deadline <paramref name="budget"/> after <paramref name="receivedAt"/>, a timestamp of
    /// <paramref name="time"/>; 0 when the arrival is unknown, which starts the budget now.
    /// </summary>
    public static ResponseDeadline After(TimeProvider time, long receivedAt, TimeSpan budget) =>
        new(time, receivedAt == 0 ? time.GetTimestamp() : receivedAt, budget);

    /// <summary>What is left of the budget; never negative.</summary>
    public TimeSpan Remaining => _budget - _time.GetElapsedTime(_startedAt) is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero;

    /// <summary>
    /// Waits for <paramref name="work"/> until the deadline: true when it completed in time (its result is then ready),
    /// false when the deadline came first and <paramref name="work"/> carries on.
    /// </summary>
    public Task<bool> MeetsAsync(Task work, CancellationToken cancellationToken) =>
        // A turn usually finishes before it is awaited (the store answers synchronously): then no timer, no linked
        // source and no WhenAny are worth creating for a race already decided.
        work.IsCompleted ? Met : RaceAsync(work, cancellationToken);

    private async Task<bool> RaceAsync(Task work, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var first = await Task.WhenAny(work, Task.Delay(Remaining, _time, timer.Token));
        await timer.CancelAsync();
        return first == work;
    }
}
