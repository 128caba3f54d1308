using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResidencyAdvisor.Host.ConsoleChat;
using ResidencyAdvisor.Host.Listening;

namespace ResidencyAdvisor.Host.Startup;

/// <summary>The program's exit code once the host has stopped: 1 when a service failed (so a supervisor sees it), else the console chat's.</summary>
internal static class HostExitCode
{
    public static async Task<int> OfAsync(IHost host, TextWriter stderr)
    {
        foreach (var service in host.Services.GetServices<IHostedService>().Select(s => s is StartAfterListening late ? late.Inner : s).OfType<BackgroundService>())
        {
            if (service.ExecuteTask is { IsFaulted: true } failed)
            {
                var error = failed.Exception.GetBaseException();
                await stderr.WriteLineAsync($"residency-advisor: stopped: {service.GetType().Name} failed ({error.GetType().Name}: {error.Message})");
                return 1;
            }
        }

        return host.Services.GetService<ConsoleChatService>()?.ExitCode ?? 0;
    }
}
