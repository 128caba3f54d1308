using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Discord.Http;
using ResidencyAdvisor.Discord.Interactions;

namespace ResidencyAdvisor.Discord.Tests.Adapter;

/// <summary>
/// The real adapter pointed at a fake Discord on loopback, with fast timings. Over the gateway it runs in a generic
/// host; over HTTP (interactions-endpoint mode) a loopback web app maps /discord/interactions and the fake signs and
/// POSTs each interaction to it, taking the HTTP response as the initial response.
/// </summary>
internal sealed class AdapterHarness : IAsyncDisposable
{
    /// <summary>Discord's timings shrunk for a fake on loopback; a test's own settings override them.</summary>
    public static readonly IReadOnlyDictionary<string, string?> FastTimings = new Dictionary<string, string?>
    {
        ["Discord:ReconnectMinDelay"] = "00:00:00.020",
        ["Discord:ReconnectMaxDelay"] = "00:00:00.200",
        ["Discord:InvalidSessionMinDelay"] = "00:00:00.020",
        ["Discord:InvalidSessionMaxDelay"] = "00:00:00.060",
        ["Discord:ApiRetryMinDelay"] = "00:00:00.020",
        ["Discord:HelloTimeout"] = "00:00:05",
    };

    private AdapterHarness(FakeDiscordServer server, IHost host, CapturedLogs logs, InMemoryConversationStore store, InMemoryReminderStore reminders)
    {
        Server = server;
        Host = host;
        Logs = logs;
        Store = store;
        Reminders = reminders;
    }

    public FakeDiscordServer Server { get; }

    public IHost Host { get; }

    public CapturedLogs Logs { get; }

    public InMemoryConversationStore Store { get; }

    /// <summary>Who asked for reminders, as the host's reminder store would keep it.</summary>
    public InMemoryReminderStore Reminders { get; }

    public DiscordAdapterStatus Status => Host.Services.GetRequiredService<DiscordAdapterStatus>();

    /// <summary>What signs and POSTs interactions to the adapter; only over HTTP.</summary>
    public InteractionPoster Poster => Server.Poster ?? throw new InvalidOperationException("The adapter runs over the gateway, not HTTP.");

    public static async Task<AdapterHarness> StartAsync(
        Action<FakeDiscordSettings>? fake = null,
        Dictionary<string, string?>? settings = null,
        Func<IConversationStore, IConversationStore>? wrapStore = null,
        bool waitForReady = true,
        TimeProvider? replyClock = null,
        Action<FakeDiscordServer>? beforeStart = null,
        bool overHttp = false,
        Shared? shared = null,
        AdvisorContent? content = null,
        [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var fakeSettings = shared?.Server.Settings ?? new FakeDiscordSettings { HeartbeatInterval = TimeSpan.FromMilliseconds(400) };
        if (shared is null)
        {
            fake?.Invoke(fakeSettings);
        }

        var server = shared?.Server ?? await FakeDiscordServer.StartAsync(fakeSettings);
        var connection = new Dictionary<string, string?>
        {
            ["Discord:Token"] = fakeSettings.Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
        };
        IHostApplicationBuilder builder;
        if (overHttp)
        {
            // A public key switches the adapter to the interactions endpoint: no gateway is opened.
            connection["Discord:PublicKey"] = fakeSettings.PublicKeyHex;
            var slim = WebApplication.CreateSlimBuilder();
            slim.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            builder = slim;
        }
        else
        {
            builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        }

        builder.Configuration.AddInMemoryCollection(connection).AddInMemoryCollection(FastTimings);
        var (logs, store, reminders) = AddAdvisor(builder.Services, builder.Logging, builder.Configuration, settings, wrapStore, shared,
            content ?? TestContent.Content);
        var services = builder.Services;
        if (replyClock is not null)
        {
            // Only the clock that ages interaction tokens is faked: the gateway keeps real time for its heartbeats.
            services.AddSingleton(sp => new EditableReplies(replyClock, sp.GetRequiredService<IOptions<DiscordOptions>>()));
        }

        IHost host;
        if (builder is WebApplicationBuilder web)
        {
            var app = web.Build();
            app.MapDiscordEndpoints(app.Services);
            host = app;
        }
        else
        {
            host = ((HostApplicationBuilder)builder).Build();
        }

        // What the fake must do from the adapter's first request on: set after the adapter starts, it races that request.
        beforeStart?.Invoke(server);
        if (shared is not null && !overHttp)
        {
            // The fake gateway was ready for the adapter before; this one's READY is the one to wait for.
            server.Gateway.ExpectReconnect();
        }

        await host.StartAsync();
        var harness = new AdapterHarness(server, host, logs, store, reminders) { _test = test };
        if (overHttp)
        {
            var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server.PostInteractionsTo(new Uri(address.TrimEnd('/') + "/discord/interactions"));
        }
        else if (waitForReady)
        {
            // The fake has sent READY; wait until the adapter has read it too, so it knows the session it would
            // resume (a test that breaks the connection before then would see a fresh identify instead).
            await server.Gateway.WhenReadyAsync(TimeSpan.FromSeconds(10));
            await ConversationTests.WaitUntilAsync(() => harness.Status.Connected, 10_000);
        }

        return harness;
    }

    /// <summary>
    /// What the harness hosts around the Discord adapter on either transport: the content (config/ as shipped unless a
    /// test rewords it), an in-memory store (wrapped by <paramref name="wrapStore"/> when given) and ledger, and logs
    /// captured from Debug up.
    /// </summary>
    private static (CapturedLogs Logs, InMemoryConversationStore Store, InMemoryReminderStore Reminders) AddAdvisor(IServiceCollection services,
        ILoggingBuilder logging, IConfigurationManager configuration, Dictionary<string, string?>? settings,
        Func<IConversationStore, IConversationStore>? wrapStore, Shared? shared, AdvisorContent content)
    {
        if (settings is not null)
        {
            configuration.AddInMemoryCollection(settings);
        }

        var logs = new CapturedLogs();
        logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        var store = shared?.Store ?? new InMemoryConversationStore(TimeProvider.System, TimeSpan.FromDays(1));
        var reminders = shared?.Reminders ?? new InMemoryReminderStore();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(content);
        services.AddSingleton(new ConversationEngine(content));
        services.AddSingleton(wrapStore?.Invoke(store) ?? store);
        services.AddSingleton<IReminderStore>(reminders);
        services.AddSingleton<TurnHandler>();
        services.AddSingleton<IDeliveryLedger>(store.Deliveries);
        services.AddDiscordAdapter(configuration);
        return (logs, store, reminders);
    }

    public FakeDiscordUser Student(string userId = "500000000000000005", string? guildId = "600000000000000006") => new(Server, userId, guildId);

    private string _test = "";
    private bool _ownsServer = true;

    /// <summary>
    /// What a second adapter shares with this one, as instances behind one load balancer (or one restarted) do: the
    /// same Discord and the same stores. The fake Discord is handed over: the adapter started with it stops it.
    /// </summary>
    public Shared HandOver()
    {
        _ownsServer = false;
        return new Shared(Server, Store, Reminders);
    }

    internal sealed record Shared(FakeDiscordServer Server, InMemoryConversationStore Store, InMemoryReminderStore Reminders);

    public async ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("DISCORD_TEST_LOGS") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            await File.WriteAllLinesAsync(Path.Combine(dir, _test + ".log"), Logs.Entries
                .Select(e => $"{e.Level} {e.EventId} {e.Message} {e.Exception?.GetType().Name} {e.Exception?.Message}")
                .Concat(Server.Gateway.Connections)
                .Concat(Server.Requests.Select(r => $"{r.Method} {r.Path} {r.Status}")));
        }

        await Host.StopAsync();
        Host.Dispose();
        if (_ownsServer)
        {
            await Server.DisposeAsync();
        }
    }
}
