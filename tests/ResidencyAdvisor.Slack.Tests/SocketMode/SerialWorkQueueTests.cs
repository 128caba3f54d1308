using Microsoft.Extensions.Logging.Abstractions;
using ResidencyAdvisor.Slack.SocketMode;

namespace ResidencyAdvisor.Slack.Tests.SocketMode;

public class SerialWorkQueueTests
{
    [Fact]
    public async Task A_shutdown_lets_acknowledged_work_finish_instead_of_cancelling_it()
    {
        using var queue = new SerialWorkQueue(NullLogger<SerialWorkQueue>.Instance);
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
        using var queue = new SerialWorkQueue(NullLogger<SerialWorkQueue>.Instance);
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
}
