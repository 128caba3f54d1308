using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Discord.Fakes;
using ResidencyAdvisor.Discord.Tests.Adapter;

namespace ResidencyAdvisor.Discord.Tests.Http;

/// <summary>
/// The real adapter in interactions-endpoint mode: a loopback web app maps /discord/interactions, and the fake Discord
/// signs and POSTs interactions to it, taking each HTTP response as the initial response.
/// </summary>
internal sealed class EndpointHarness : IAsyncDisposable
{
    private EndpointHarness(FakeDiscordServer server, WebApplication app, CapturedLogs logs, InMemoryConversationStore store, InteractionPoster poster)
    {
        Server = server;
        App = app;
        Logs = logs;
        Store = store;
        Poster = poster;
    }

    public FakeDiscordServer Server { get; }

    public WebApplication App { get; }

    public CapturedLogs Logs { get; }

    public InMemoryConversationStore Store { get; }

    public InteractionPoster Poster { get; }

    public static async Task<EndpointHarness> StartAsync(
        Dictionary<string, string?>? settings = null,
        Func<IConversationStore, IConversationStore>? wrapStore = null)
    {
        var fake = new FakeDiscordSettings();
        var server = await FakeDiscordServer.StartAsync(fake);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = fake.Token,
            ["Discord:PublicKey"] = fake.PublicKeyHex,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
        }).AddInMemoryCollection(AdapterHarness.FastTimings);
        var (logs, store) = AdapterHarness.AddAdvisor(builder.Services, builder.Logging, builder.Configuration, settings, wrapStore);
        var app = builder.Build();
        app.MapDiscordEndpoints(app.Services);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var poster = server.PostInteractionsTo(new Uri(address.TrimEnd('/') + "/discord/interactions"));
        return new EndpointHarness(server, app, logs, store, poster);
    }

    public FakeDiscordUser Student(string userId = "500000000000000005", string? guildId = "600000000000000006") => new(Server, userId, guildId);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Server.DisposeAsync();
    }
}
