using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Host.Listening;

namespace ResidencyAdvisor.Host.Tests;

/// <summary>The program's web host in process: the test's settings and services, then the listeners the program would add.</summary>
internal static class TestWebHost
{
    public static async Task<WebApplication> StartAsync(IDictionary<string, string?> settings, Action<WebApplicationBuilder> configure, ILoggerProvider? logs = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        }

        configure(builder);
        var app = builder.AddListeners().Build();
        app.MapListeners();
        await app.StartAsync();
        return app;
    }
}
