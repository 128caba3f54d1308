using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Host.PublicHttp;

/// <summary>
/// The one public HTTP listener (Kestrel) every adapter's request endpoints share. It binds the ASP.NET Core way,
/// from <c>ASPNETCORE_URLS</c>, <c>urls</c> or the <c>Kestrel</c> section, and is registered only when some HTTP mode is on.
/// </summary>
internal sealed class PublicListener(
    IEnumerable<PublicEndpoints> endpoints,
    IServiceProvider services,
    IConfiguration configuration,
    ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The addresses Kestrel bound (a port of 0 resolved), once started.</summary>
    public IReadOnlyList<string> Urls =>
        _app?.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToArray() ?? [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);

        // One logging pipeline for the whole process; request logging stays off (headers carry signatures).
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers);
        _app = builder.Build();
        var names = new List<string>();
        foreach (var endpoint in endpoints)
        {
            endpoint.Map(_app, services);
            names.Add(endpoint.Name);
        }

        await _app.StartAsync(cancellationToken);
        loggers.CreateLogger<PublicListener>().PublicListenerStarted(string.Join(", ", Urls), string.Join(", ", names));
    }

    public Task StopAsync(CancellationToken cancellationToken) => _app?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _app?.DisposeAsync() ?? ValueTask.CompletedTask;
}
