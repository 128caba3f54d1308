using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Host.Cli;
using ResidencyAdvisor.Host.Composition;
using ResidencyAdvisor.Host.Startup;

if (args is ["--help" or "-h" or "help", ..])
{
    Console.WriteLine("residency-advisor                       run the bot (console chat when no platform is configured)");
    Console.WriteLine(AdviseCommand.Usage);
    return 0;
}

if (args is ["advise", ..])
{
    // The verb's own flags are not settings: the builder gets none of them, only its settings files and environment.
    AdvisorContent content;
    try
    {
        content = AdvisorApplication.LoadContent(AdvisorApplication.CreateBuilder([]).Configuration);
    }
    catch (ContentException ex)
    {
        await Console.Error.WriteLineAsync(StartupFailure.Describe(ex));
        return 1;
    }

    return AdviseCommand.Run(args[1..], () => content, Console.OpenStandardOutput(), Console.Error);
}

WebApplication app;
try
{
    var builder = AdvisorApplication.CreateBuilder(args).AddResidencyAdvisor();
    app = builder.Build().UseResidencyAdvisor();
    await app.StartAsync();
}
catch (Exception ex)
{
    // Whatever stopped the start (a bad setting, a busy port, an unwritable data folder) is the operator's to fix.
    await Console.Error.WriteLineAsync(StartupFailure.Describe(ex));
    return 1;
}

await using (app)
{
    await app.WaitForShutdownAsync();
    return await HostExitCode.OfAsync(app, Console.Error);
}
