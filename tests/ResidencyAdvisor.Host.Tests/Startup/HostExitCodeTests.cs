using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResidencyAdvisor.Host.Startup;

namespace ResidencyAdvisor.Host.Tests.Startup;

/// <summary>Finding 4's exit code: a host stopped by a failed service must not end the program with 0.</summary>
public class HostExitCodeTests
{
    [Fact]
    public async Task A_host_stopped_by_a_failed_service_exits_1_naming_the_service()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddHostedService<FailingService>();
        using var host = builder.Build();
        await host.StartAsync();
        await host.WaitForShutdownAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var stderr = new StringWriter();

        var exit = await HostExitCode.OfAsync(host, stderr);

        Assert.Equal(1, exit);
        Assert.Equal("residency-advisor: stopped: FailingService failed (InvalidOperationException: the link broke)", stderr.ToString().Trim());
    }

    [Fact]
    public async Task A_host_stopped_normally_exits_0()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();

        Assert.Equal(0, await HostExitCode.OfAsync(host, TextWriter.Null));
    }

    private sealed class FailingService : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("the link broke");
        }
    }
}
