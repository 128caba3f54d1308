using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core.Platforms;
using ResidencyAdvisor.Discord.Gateway;
using ResidencyAdvisor.Discord.Http;
using ResidencyAdvisor.Discord.Interactions;
using ResidencyAdvisor.Discord.Payloads;

namespace ResidencyAdvisor.Discord;

/// <summary>
/// The hosted service: registers /advise, keeps the gateway connected and answers interactions (or, with a public
/// key, leaves interactions to the HTTP endpoint). A fatal error stops this adapter with one clear log line and
/// <see cref="DiscordAdapterStatus.FatalError"/> set; it never stops the host.
/// </summary>
internal sealed class DiscordAdapter(
    GatewayClient gateway,
    InteractionDispatcher dispatcher,
    CommandRegistrar commands,
    ApplicationIdReader applications,
    DiscordAdapterStatus status,
    IOptions<DiscordOptions> options,
    ILogger<DiscordAdapter> logger) : PlatformAdapter(status)
{
    private int _registered;
    private Task _registration = Task.CompletedTask;

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        if (options.Value.UsesInteractionsEndpoint)
        {
            await ServeOverHttpAsync(stoppingToken);
            return;
        }

        dispatcher.Ready += ready => OnReady(ready, stoppingToken);
        if (!string.IsNullOrEmpty(options.Value.ApplicationId))
        {
            Register(options.Value.ApplicationId, stoppingToken);
        }

        if (await gateway.RunAsync(dispatcher, stoppingToken) is { } fatal)
        {
            StopForGood(fatal);
        }
    }

    protected override void LogFatal(string reason) => logger.AdapterFatal(reason);

    /// <summary>Lets interactions in flight finish, then waits out a registration still retrying.</summary>
    protected override async Task FinishAsync()
    {
        await dispatcher.DrainAsync();
        try
        {
            await _registration;
        }
        catch (OperationCanceledException)
        {
            // Registration was still retrying when the adapter stopped.
        }
    }

    /// <summary>No gateway: interactions arrive at the endpoint; this only registers /advise and waits for shutdown.</summary>
    private async Task ServeOverHttpAsync(CancellationToken stoppingToken)
    {
        status.ServeOverHttp();
        logger.ServingOverHttp(InteractionsEndpoint.Path);
        if (!string.IsNullOrEmpty(options.Value.Token))
        {
            _registration = RegisterOverHttpAsync(stoppingToken);
        }

        await Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken);
    }

    private async Task RegisterOverHttpAsync(CancellationToken stoppingToken)
    {
        var applicationId = options.Value.ApplicationId is { Length: > 0 } configured
            ? configured
            : await applications.ReadIdAsync(stoppingToken);
        await commands.RegisterAsync(applicationId, stoppingToken);
    }

    private void OnReady(ReadyPayload ready, CancellationToken stoppingToken)
    {
        if (ready.Application?.Id is { Length: > 0 } appId)
        {
            Register(appId, stoppingToken);
        }
    }

    private void Register(string applicationId, CancellationToken stoppingToken)
    {
        // Once per process: READY comes again after every identify.
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            _registration = commands.RegisterAsync(applicationId, stoppingToken);
        }
    }
}
