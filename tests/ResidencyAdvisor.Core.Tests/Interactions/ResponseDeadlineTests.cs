using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Interactions;

namespace ResidencyAdvisor.Core.Tests.Interactions;

public class ResponseDeadlineTests
{
    [Fact]
    public void The_budget_counts_from_when_the_event_arrived_not_from_now()
    {
        var time = new FakeTimeProvider();
        var arrived = time.GetTimestamp();
        time.Advance(TimeSpan.FromMilliseconds(1500));

        var deadline = ResponseDeadline.After(time, arrived, TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromMilliseconds(500), deadline.Remaining);
    }

    [Fact]
    public void An_unknown_arrival_starts_the_whole_budget_now()
    {
        var time = new FakeTimeProvider();
        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(TimeSpan.FromSeconds(2), ResponseDeadline.After(time, 0, TimeSpan.FromSeconds(2)).Remaining);
    }

    [Fact]
    public void A_deadline_already_passed_leaves_nothing_rather_than_a_negative_time()
    {
        var time = new FakeTimeProvider();
        var arrived = time.GetTimestamp();
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.Zero, ResponseDeadline.After(time, arrived, TimeSpan.FromSeconds(2)).Remaining);
    }

    [Fact]
    public async Task Work_that_finishes_first_meets_the_deadline()
    {
        var time = new FakeTimeProvider();

        Assert.True(await ResponseDeadline.After(time, 0, TimeSpan.FromSeconds(2)).MeetsAsync(Task.CompletedTask, default));
    }

    [Fact]
    public async Task Work_still_running_when_the_time_is_up_misses_the_deadline_and_carries_on()
    {
        var time = new FakeTimeProvider();
        var work = new TaskCompletionSource();

        var meets = ResponseDeadline.After(time, 0, TimeSpan.FromSeconds(2)).MeetsAsync(work.Task, default);
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.False(await meets.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.False(work.Task.IsCompleted);
    }

    [Fact]
    public async Task Work_already_finished_meets_the_deadline_without_starting_a_timer()
    {
        var time = new NoTimers();

        Assert.True(await ResponseDeadline.After(time, 0, TimeSpan.FromSeconds(2)).MeetsAsync(Task.CompletedTask, default));
    }

    /// <summary>A clock whose timers fail the test: the race against a finished turn must not need one.</summary>
    private sealed class NoTimers : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            throw new InvalidOperationException("A timer was started for work already done.");
    }
}
