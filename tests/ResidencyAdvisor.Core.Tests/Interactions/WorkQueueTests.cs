using ResidencyAdvisor.Core.Interactions;

namespace ResidencyAdvisor.Core.Tests.Interactions;

public class WorkQueueTests
{
    [Fact]
    public async Task A_shutdown_lets_work_in_flight_finish_instead_of_cancelling_it()
    {
        using var queue = new WorkQueue((_, _) => { });
        var finished = false;
        var cancelled = false;
        queue.Enqueue("slack:T:U", "message", async ct =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
                finished = true;
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                throw;
            }
        });

        await queue.DrainAsync();

        Assert.True(finished);
        Assert.False(cancelled);
    }

    [Fact]
    public async Task One_students_work_runs_in_arrival_order()
    {
        using var queue = new WorkQueue((_, _) => { });
        var order = new List<int>();
        queue.Enqueue("slack:T:U", "first", async ct =>
        {
            await Task.Delay(50, ct);
            lock (order)
            {
                order.Add(1);
            }
        });
        queue.Enqueue("slack:T:U", "second", _ =>
        {
            lock (order)
            {
                order.Add(2);
            }

            return Task.CompletedTask;
        });

        await queue.DrainAsync();

        Assert.Equal([1, 2], order);
    }

    [Fact]
    public async Task Unkeyed_work_does_not_wait_behind_work_still_running()
    {
        using var queue = new WorkQueue((_, _) => { });
        var release = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        queue.Enqueue(null, "slow", _ => release.Task);
        queue.Enqueue(null, "quick", _ =>
        {
            second.SetResult();
            return Task.CompletedTask;
        });

        await second.Task.WaitAsync(TimeSpan.FromSeconds(5));
        release.SetResult();
        await queue.IdleAsync();
    }

    [Fact]
    public async Task A_failure_is_reported_with_what_failed_and_later_work_still_runs()
    {
        var failures = new List<string>();
        using var queue = new WorkQueue((what, ex) =>
        {
            lock (failures)
            {
                failures.Add(what + ": " + ex.Message);
            }
        });
        var ran = false;
        queue.Enqueue("k", "interaction type 3", _ => throw new InvalidOperationException("boom"));
        queue.Enqueue("k", "next", _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });

        await queue.IdleAsync();

        Assert.Equal(["interaction type 3: boom"], failures);
        Assert.True(ran);
    }
}
