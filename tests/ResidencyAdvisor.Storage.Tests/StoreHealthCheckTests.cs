using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ResidencyAdvisor.Storage.Tests;

public class StoreHealthCheckTests
{
    [Fact]
    public async Task A_ping_that_hangs_is_unhealthy_after_two_seconds_and_is_told_to_stop()
    {
        var time = new FakeTimeProvider();
        var store = new HangingStore();
        var check = new StoreHealthCheck(store, "redis", NullLogger<StoreHealthCheck>.Instance, time);

        var result = check.CheckHealthAsync(Context(check));
        await store.Started.Task;
        time.Advance(TimeSpan.FromSeconds(1.9));
        var stillWaiting = !result.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(0.2));

        Assert.True(stillWaiting);
        Assert.Equal(HealthStatus.Unhealthy, (await result).Status);
        Assert.Equal("redis", (await result).Data[StoreHealthCheck.ProviderKey]);
        Assert.True(await store.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private static HealthCheckContext Context(IHealthCheck check) => new()
    {
        Registration = new HealthCheckRegistration(StoreHealthCheck.Name, check, HealthStatus.Unhealthy, null),
    };

    private sealed class HangingStore : IStorePing
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task PingAsync(CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                Cancelled.TrySetResult(cancellationToken.IsCancellationRequested);
            }
        }
    }
}
