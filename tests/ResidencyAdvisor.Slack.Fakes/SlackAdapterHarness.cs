using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Slack.Fakes;

/// <summary>Runs the real Slack adapter in a host, with the core services the real host registers, pointed at a <see cref="FakeSlack"/>.</summary>
public sealed class SlackAdapterHarness : IAsyncDisposable
{

    private readonly IHost _host;
    private WebApplication? _listener;

    private SlackAdapterHarness(IHost host, CapturedLogs logs)
    {
        _host = host;
        Logs = logs;
    }

    /// <summary>In HTTP mode, the adapter's request URL on loopback (the host's public listener stands in as a bare Kestrel).</summary>
    public Uri? EventsUrl { get; private set; }

    /// <summary>In HTTP mode (or with OAuth), the base of the adapter's public routes.</summary>
    public Uri? PublicBaseUrl { get; private set; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _host.Services;

    public SlackAdapterStatus Status => _host.Services.GetRequiredService<SlackAdapterStatus>();

    public IConversationStore Store => _host.Services.GetRequiredService<IConversationStore>();

    public IPostedMessageStore PostedMessages => _host.Services.GetRequiredService<IPostedMessageStore>();

    public IInstallationStore Installations => _host.Services.GetRequiredService<IInstallationStore>();

    /// <summary>With many workspaces, the "Add to Slack" link.</summary>
    public Uri InstallUrl => new(PublicBaseUrl ?? throw new InvalidOperationException("Not over HTTP."), "slack/install");

    /// <summary>
    /// Starts the adapter; <paramref name="settings"/> override the "Slack:*" defaults (short delays for tests). Passing
    /// another harness's <paramref name="store"/> and <paramref name="posted"/> makes this one a second instance (or
    /// the same bot after a restart) sharing its storage. With <paramref name="reminders"/> the turns subscribe and
    /// unsubscribe there, as in the real host. <paramref name="content"/> replaces the shipped config/ (a reworded copy).
    /// </summary>
    public static async Task<SlackAdapterHarness> StartAsync(FakeSlack slack, IDictionary<string, string?>? settings = null,
        LogLevel minimumLevel = LogLevel.Debug, IConversationStore? store = null, IPostedMessageStore? posted = null,
        IReminderStore? reminders = null, AdvisorContent? content = null) =>
        await StartAsync(slack, settings, minimumLevel, overHttp: false, store, posted, reminders: reminders, content: content);

    /// <summary>
    /// Starts the adapter in HTTP mode (signing secret, no app token) with its routes on a loopback listener, and points
    /// the fake's deliveries at it. <paramref name="services"/> runs after the in-memory stores are registered, so a
    /// test can replace them (with SQLite or Redis, whose settings it passes in <paramref name="settings"/>).
    /// </summary>
    public static async Task<SlackAdapterHarness> StartOverHttpAsync(FakeSlack slack, IDictionary<string, string?>? settings = null,
        IConversationStore? store = null, LogLevel minimumLevel = LogLevel.Debug, IPostedMessageStore? posted = null,
        Action<IServiceCollection, IConfiguration>? services = null, IReminderStore? reminders = null, AdvisorContent? content = null)
    {
        var config = new Dictionary<string, string?> { ["Slack:AppToken"] = "", ["Slack:SigningSecret"] = FakeSlack.SigningSecret };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var harness = await StartAsync(slack, config, minimumLevel, overHttp: true, store, posted, services, reminders, content);
        slack.DeliverOverHttp(harness.EventsUrl!, FakeSlack.SigningSecret);
        return harness;
    }

    private static async Task<SlackAdapterHarness> StartAsync(FakeSlack slack, IDictionary<string, string?>? settings,
        LogLevel minimumLevel, bool overHttp, IConversationStore? store = null, IPostedMessageStore? posted = null,
        Action<IServiceCollection, IConfiguration>? services = null, IReminderStore? reminders = null, AdvisorContent? content = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var config = new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = FakeSlack.AppToken,
            ["Slack:BotToken"] = FakeSlack.BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["Slack:ReconnectMinDelay"] = "00:00:00.050",
            ["Slack:ReconnectMaxDelay"] = "00:00:00.500",
            ["Slack:HelloTimeout"] = "00:00:05",
            ["Slack:ChannelMessageInterval"] = "00:00:00.010",
            ["Slack:ChannelMessageBurst"] = "5",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        // Many workspaces need Slack:PublicUrl before the adapter starts, so the listener's port is chosen first.
        var port = overHttp ? FreePort() : 0;
        if (overHttp && !string.IsNullOrEmpty(config.GetValueOrDefault("Slack:ClientId")) && !config.ContainsKey("Slack:PublicUrl"))
        {
            config["Slack:PublicUrl"] = $"http://127.0.0.1:{port}/";
        }

        builder.Configuration.AddInMemoryCollection(config);
        var logs = new CapturedLogs();
        builder.Logging.AddProvider(logs).SetMinimumLevel(minimumLevel);
        var time = TimeProvider.System;
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(content ?? TestContent.Content);
        builder.Services.AddSingleton(sp => new ConversationEngine(sp.GetRequiredService<AdvisorContent>()));
        var conversations = new InMemoryConversationStore(time, TimeSpan.FromDays(30));
        var postedHere = new InMemoryPostedMessageStore(time, TimeSpan.FromDays(30));
        builder.Services.AddSingleton(store ?? conversations);
        builder.Services.AddSingleton(posted ?? postedHere);
        builder.Services.AddSingleton<IInstallationStore>(new InMemoryInstallationStore(conversations, postedHere));
        builder.Services.AddSingleton<IOAuthStateStore>(new InMemoryOAuthStateStore(time));
        // The store's own ledger, where its saves record their deliveries; a test's own store gets a separate one.
        builder.Services.AddSingleton<IDeliveryLedger>(store is null ? conversations.Deliveries : new InMemoryDeliveryLedger(time));
        if (reminders is not null)
        {
            builder.Services.AddSingleton(reminders);
        }

        builder.Services.AddSingleton(sp => new TurnHandler(sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<ConversationEngine>(), time, sp.GetRequiredService<ILogger<TurnHandler>>(), reminders: reminders,
            deliveries: sp.GetRequiredService<IDeliveryLedger>()));
        services?.Invoke(builder.Services, builder.Configuration);
        builder.Services.AddSlackAdapter(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        var harness = new SlackAdapterHarness(host, logs);
        if (overHttp)
        {
            await harness.StartListenerAsync(port);
        }

        return harness;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task StartListenerAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _listener = builder.Build();
        _listener.MapSlackEndpoints(_host.Services);
        await _listener.StartAsync();
        PublicBaseUrl = new Uri(_listener.Urls.First().TrimEnd('/') + "/");
        EventsUrl = new Uri(PublicBaseUrl, "slack/events");
    }

    public async ValueTask DisposeAsync()
    {
        if (_listener is not null)
        {
            await _listener.StopAsync();
            await _listener.DisposeAsync();
        }

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(stop.Token);
        _host.Dispose();
    }
}
