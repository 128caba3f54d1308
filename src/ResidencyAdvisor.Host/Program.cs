using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Host;
using ResidencyAdvisor.Host.Cli;
using ResidencyAdvisor.Host.Composition;
using ResidencyAdvisor.Host.ConsoleChat;
using ResidencyAdvisor.Host.Operations;
using ResidencyAdvisor.Host.Startup;
using ResidencyAdvisor.Storage;

// CLI verbs run before any host exists: they need the content folder and nothing else the host would build.
if (args is ["--help" or "-h" or "help", ..])
{
    Console.WriteLine("residency-advisor                       run the bot (console chat when no platform is configured)");
    Console.WriteLine(AdviseCommand.Usage);
    return 0;
}

if (args is ["advise", ..])
{
    return await LoadContentAsync(CliConfiguration()) is { } adviseContent
        ? AdviseCommand.Run(args[1..], () => adviseContent, Console.OpenStandardOutput(), Console.Error)
        : 1;
}

IHost host;
IReadOnlyList<string> adapters;
try
{
    // Settings are read once and validated at start, so nothing needs appsettings files watched: watching them puts an
    // inotify watch on every folder under the working directory, which costs start-up time (hundreds of milliseconds
    // from a source checkout) and inotify instances for nothing.
    var settings = new HostApplicationBuilderSettings { Args = args, Configuration = new ConfigurationManager() };
    settings.Configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
    var builder = Host.CreateApplicationBuilder(settings);
    if (await LoadContentAsync(builder.Configuration) is not { } content)
    {
        return 1;
    }

    if (PlatformAdapters.HalfConfigured(builder.Configuration) is { } half)
    {
        await Console.Error.WriteLineAsync(StartupFailure.Describe(half));
        return 1;
    }

    adapters = PlatformAdapters.Configured(builder.Configuration);
    builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

    // The host logs a failed start and a faulted service with a stack trace; this program reports both in one line.
    builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
    if (adapters.Count == 0)
    {
        // Keep the chat readable: only warnings and errors, and on standard error.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
    }

    builder.Services.AddAdvisorCore(content);
    builder.Services.AddOperations(builder.Configuration);
    builder.Services.AddConversationStorage(builder.Configuration);
    PlatformAdapters.Add(builder.Services, builder.Configuration, adapters);
    if (adapters.Count == 0)
    {
        builder.Services.AddSingleton(ConsoleChannel.Standard());
        builder.Services.AddSingleton<ConsoleChatService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ConsoleChatService>());
    }

    host = builder.Build();
    var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ResidencyAdvisor.Host");
    if (adapters.Count == 0)
    {
        logger.ConsoleChatStarting();
    }
    else
    {
        logger.AdaptersStarting(string.Join(", ", adapters));
    }

    await host.StartAsync();
}
catch (Exception ex)
{
    // Whatever stopped the start (a bad setting, a busy port, an unwritable data folder) is the operator's to fix.
    await Console.Error.WriteLineAsync(StartupFailure.Describe(ex));
    return 1;
}

using (host)
{
    await host.WaitForShutdownAsync();
    return await HostExitCode.OfAsync(host, Console.Error);
}

// The configuration sources the host would read for the content folder (settings files, environment), without a host.
static IConfiguration CliConfiguration()
{
    var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 } name ? name : Environments.Production;
    return new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddJsonFile($"appsettings.{environment}.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
}

static async Task<AdvisorContent?> LoadContentAsync(IConfiguration configuration)
{
    var directory = configuration[$"{ContentOptions.SectionName}:{nameof(ContentOptions.Directory)}"] is { Length: > 0 } configured
        ? configured
        : AdvisorContent.DefaultDirectory();
    try
    {
        return AdvisorContent.Load(directory);
    }
    catch (ContentException ex)
    {
        // A broken template must stop the bot before any student meets it.
        await Console.Error.WriteLineAsync(StartupFailure.Describe(ex));
        return null;
    }
}
