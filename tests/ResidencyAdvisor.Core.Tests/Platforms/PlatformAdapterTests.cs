using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Platforms;

namespace ResidencyAdvisor.Core.Tests.Platforms;

/// <summary>The fatal handling both adapters inherit: one line, the status set, the host never stopped, work drained.</summary>
public class PlatformAdapterTests
{
    [Fact]
    public async Task An_unexpected_error_is_fatal_for_the_adapter_only_with_one_line_and_the_reason_on_health()
    {
        var status = new TestStatus();
        using var adapter = new TestAdapter(status, _ => throw new InvalidOperationException("boom"));

        await adapter.StartAsync(CancellationToken.None);
        await adapter.ExecuteTask!;

        Assert.Equal("unexpected error: InvalidOperationException", status.FatalError);
        Assert.Equal(["unexpected error: InvalidOperationException"], adapter.Logged);
        Assert.True(adapter.Finished);
        var health = await status.CheckHealthAsync(Context(status));
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Equal("unexpected error: InvalidOperationException", health.Data["fatalError"]);
        Assert.Equal(false, health.Data["connected"]);
    }

    [Fact]
    public async Task The_host_stopping_is_not_an_error()
    {
        var status = new TestStatus();
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var adapter = new TestAdapter(status, ct =>
        {
            running.SetResult();
            return Task.Delay(Timeout.InfiniteTimeSpan, ct);
        });

        // BackgroundService may start ExecuteAsync on another thread; a stop before then would skip it altogether.
        await adapter.StartAsync(CancellationToken.None);
        await running.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await adapter.StopAsync(CancellationToken.None);

        Assert.Null(status.FatalError);
        Assert.Empty(adapter.Logged);
        Assert.True(adapter.Finished);
    }

    [Fact]
    public async Task The_first_fatal_reason_is_kept_and_the_last_event_is_reported()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var status = new TestStatus(time);
        status.EventReceived();

        status.Fail("first");
        status.Fail("second");

        var health = await status.CheckHealthAsync(Context(status));
        Assert.Equal("first", health.Description);
        Assert.Equal(time.GetUtcNow(), health.Data["lastEventAt"]);
    }

    private static HealthCheckContext Context(AdapterStatus status) =>
        new() { Registration = new HealthCheckRegistration("test", status, HealthStatus.Unhealthy, null) };

    private sealed class TestStatus(TimeProvider? time = null) : AdapterStatus(time ?? TimeProvider.System)
    {
        public override bool Connected => FatalError is null;

        protected override string? DownReason => null;

        protected override string UpDescription => "Up.";
    }

    private sealed class TestAdapter(AdapterStatus status, Func<CancellationToken, Task> run) : PlatformAdapter(status)
    {
        public List<string> Logged { get; } = [];

        public bool Finished { get; private set; }

        protected override Task RunAsync(CancellationToken stoppingToken) => run(stoppingToken);

        protected override void LogFatal(string reason) => Logged.Add(reason);

        protected override Task FinishAsync()
        {
            Finished = true;
            return Task.CompletedTask;
        }
    }
}
