using Microsoft.Extensions.Hosting;

namespace ResidencyAdvisor.Host.Listening;

/// <summary>
/// Starts a hosted service only once the web host is listening. ASP.NET Core starts its server after every other
/// hosted service, so without this the console chat would greet a student and then the program would stop on a busy
/// Metrics:Port; started here, it begins only when every address is bound.
/// </summary>
internal sealed class StartAfterListening(IHostedService inner) : IHostedLifecycleService
{
    public IHostedService Inner => inner;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => inner.StartAsync(cancellationToken);

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
