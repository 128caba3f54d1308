using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.LoadTest;

/// <summary>The floor probe's other side on loopback: a WebSocket gateway it connects to and the endpoint it POSTs replies to.</summary>
internal sealed class FloorPeer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _pending = new();
    private readonly TaskCompletionSource<WebSocket> _gateway = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? _app;

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Completes with the probe's socket when it has connected.</summary>
    public Task<WebSocket> Gateway => _gateway.Task;

    public static async Task<FloorPeer> StartAsync()
    {
        var peer = new FloorPeer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        app.Map("/gateway", peer.AcceptAsync);
        app.MapPost("/callback/{id}", peer.ReceiveReplyAsync);
        await app.StartAsync();
        peer._app = app;
        peer.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return peer;
    }

    /// <summary>Completes when the probe has POSTed its reply to event <paramref name="id"/>.</summary>
    public Task Expect(string id)
    {
        var replied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = replied;
        return replied.Task;
    }

    /// <summary>Closes the gateway socket, which tells the probe there is nothing more.</summary>
    public void Done() => _done.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        Done();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task AcceptAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        _gateway.TrySetResult(socket);
        await _done.Task;
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    private async Task<IResult> ReceiveReplyAsync(string id, HttpContext context)
    {
        await context.Request.Body.CopyToAsync(Stream.Null);
        if (_pending.TryRemove(id, out var replied))
        {
            replied.TrySetResult();
        }

        return Results.NoContent();
    }
}
