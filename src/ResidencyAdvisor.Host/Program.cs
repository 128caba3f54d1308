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
using ResidencyAdvisor.Storage;

if (args.Length > 0 && args[0] is "--help" or "-h" or "help")
{
    Console.WriteLine("residency-advisor                       run the bot (console chat when no platform is configured)");
    Console.WriteLine(AdviseCommand.Usage);
    return 0;
}

var builder = Host.CreateApplicationBuilder(args.Length > 0 && args[0] == "advise" ? [] : args);
var contentDirectory = builder.Configuration[$"{ContentOptions.SectionName}:{nameof(ContentOptions.Directory)}"] is { Length: > 0 } configured
    ? configured
    : AdvisorContent.DefaultDirectory();

AdvisorContent content;
try
{
    content = AdvisorContent.Load(contentDirectory);
}
catch (ContentException ex)
{
    // A broken template must stop the bot before any student meets it.
    await Console.Error.WriteLineAsync($"residency-advisor: cannot start: {ex.Message}");
    return 1;
}

if (args.Length > 0 && args[0] == "advise")
{
    return AdviseCommand.Run(args[1..], () => content, Console.OpenStandardOutput(), Console.Error);
}

var adapters = PlatformAdapters.Configured(builder.Configuration);
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
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
    builder.Services.AddHostedService<ConsoleChatService>();
}

using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ResidencyAdvisor.Host");
if (adapters.Count == 0)
{
    logger.ConsoleChatStarting();
}
else
{
    logger.AdaptersStarting(string.Join(", ", adapters));
}

await host.RunAsync();
return 0;
