using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Host.ConsoleChat;
using ResidencyAdvisor.Host.Listening;
using ResidencyAdvisor.Host.Operations;
using ResidencyAdvisor.Host.Startup;
using ResidencyAdvisor.Storage;

namespace ResidencyAdvisor.Host.Composition;

/// <summary>
/// The program's composition root: one web application builder whose configuration serves the CLI verbs too, one
/// container with the advisor, the store, each configured platform adapter and whatever the program listens on.
/// </summary>
internal static class AdvisorApplication
{
    private const string ReloadOnChangeVariable = "DOTNET_hostBuilder__reloadConfigOnChange";

    /// <summary>The builder, with the settings files, environment and <paramref name="args"/> as its configuration.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        // Settings are read once and validated at start, so nothing needs appsettings files watched: watching them puts
        // an inotify watch on every folder under the working directory, which costs start-up time (hundreds of
        // milliseconds from a source checkout) and inotify instances for nothing. The slim builder reads this switch
        // only from DOTNET_ or ASPNETCORE_ variables, before any other source exists.
        if (Environment.GetEnvironmentVariable(ReloadOnChangeVariable) is null)
        {
            Environment.SetEnvironmentVariable(ReloadOnChangeVariable, "false");
        }

        return WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args });
    }

    /// <summary>The questions and guidance templates from the configured (or shipped) content folder.</summary>
    /// <exception cref="ContentException">A template is broken: the bot must stop before any student meets it.</exception>
    public static AdvisorContent LoadContent(IConfiguration configuration) => AdvisorContent.Load(
        configuration[$"{ContentOptions.SectionName}:{nameof(ContentOptions.Directory)}"] is { Length: > 0 } configured
            ? configured
            : AdvisorContent.DefaultDirectory());

    /// <summary>Registers everything the bot runs: the console chat when no platform is configured.</summary>
    public static WebApplicationBuilder AddResidencyAdvisor(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var content = LoadContent(configuration);
        if (PlatformAdapters.HalfConfigured(configuration) is { } half)
        {
            throw new StartupProblem(half);
        }

        var adapters = PlatformAdapters.Configured(configuration);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        // The host logs a failed start and a faulted service with a stack trace; this program reports both in one line.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        if (adapters.Count == 0)
        {
            // Keep the chat readable: only warnings and errors, and on standard error.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddAdvisorCore(content, reminders: adapters.Count > 0);
        builder.Services.AddOperations(configuration);
        builder.Services.AddConversationStorage(configuration);
        PlatformAdapters.Add(builder.Services, configuration, adapters);
        if (adapters.Count > 0)
        {
            builder.Services.AddReminders(configuration);
        }

        if (adapters.Count == 0)
        {
            builder.Services.AddSingleton(ConsoleChannel.Standard());
            builder.Services.AddSingleton<ConsoleChatService>();
            builder.Services.AddHostedService(sp => new StartAfterListening(sp.GetRequiredService<ConsoleChatService>()));
        }

        builder.AddListeners();
        return builder;
    }

    /// <summary>Maps what the program serves and says what it is starting.</summary>
    public static WebApplication UseResidencyAdvisor(this WebApplication app)
    {
        app.MapListeners();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ResidencyAdvisor.Host");
        var adapters = PlatformAdapters.Configured(app.Configuration);
        if (adapters.Count == 0)
        {
            logger.ConsoleChatStarting();
        }
        else
        {
            logger.AdaptersStarting(string.Join(", ", adapters));
        }

        var plan = app.Services.GetRequiredService<ListenerPlan>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (plan.Public)
            {
                var routes = app.Services.GetServices<PublicHttp.PublicEndpoints>().Select(e => e.Name);
                logger.PublicListenerStarted(string.Join(", ", app.PublicAddresses()), string.Join(", ", routes));
            }

            if (plan.Operations)
            {
                logger.HealthEndpointStarted(plan.OperationsPort);
            }
        });
        return app;
    }
}
