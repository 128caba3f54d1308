using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace ResidencyAdvisor.Host.Listening;

/// <summary>
/// The server of a program with nothing to serve (the console chat, a gateway-only bot without Metrics:Port): the
/// web host still composes the program, but no port is opened, not even ASP.NET Core's default one.
/// </summary>
internal sealed class NoServer : IServer
{
    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
