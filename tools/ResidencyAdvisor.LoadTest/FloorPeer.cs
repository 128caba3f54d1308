using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.LoadTest;

/// <summary>
/// The floor probe's other side on loopback: a WebSocket gateway it connects to, and the endpoints it POSTs replies to
/// (a Discord-style callback per event, or Slack's chat.postMessage). In the Slack shape the gateway says hello, as
/// Socket Mode does, and reads the probe's acks.
/// </summary>
internal sealed class FloorPeer : IAsyncDisposable
{
    private static readonly byte[] Hello = """{"type":"hello","num_connections":1,"connection_info":{"app_id":"A0FLOOR"}}"""u8.ToArray();
    private static readonly byte[] Posted = """{"ok":true,"channel":"D0","ts":"1700000000.000100"}"""u8.ToArray();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _pending = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _acks = new();
    private readonly TaskCompletionSource<WebSocket> _gateway = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly bool _socketMode;
    private WebApplication? _app;

    private FloorPeer(bool socketMode) => _socketMode = socketMode;

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Completes with the probe's socket when it has connected (and, in Socket Mode, been said hello to).</summary>
    public Task<WebSocket> Gateway => _gateway.Task;

    public static async Task<FloorPeer> StartAsync(FloorShape shape)
    {
        var peer = new FloorPeer(shape.Acks);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        app.Map("/gateway", peer.AcceptAsync);
        app.MapPost("/callback/{id}", peer.ReceiveReplyAsync);
        app.MapPost("/api/chat.postMessage", peer.ReceivePostMessageAsync);
        await app.StartAsync();
        peer._app = app;
        peer.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return peer;
    }

    /// <summary>Completes with the arrival time of the probe's reply filed under <paramref name="key"/> (the event id, or the Slack channel).</summary>
    public Task<long> Expect(string key) => Pending(_pending, key);

    /// <summary>Completes with the arrival time of the probe's ack of envelope <paramref name="id"/>.</summary>
    public Task<long> ExpectAck(string id) => Pending(_acks, id);

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

    private static Task<long> Pending(ConcurrentDictionary<string, TaskCompletionSource<long>> pending, string key)
    {
        var arrived = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[key] = arrived;
        return arrived.Task;
    }

    private async Task AcceptAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        // Said before the students get the socket, so it never races one of their sends.
        if (_socketMode)
        {
            await socket.SendAsync(Hello, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }

        _gateway.TrySetResult(socket);
        var acks = _socketMode ? ReadAcksAsync(socket) : Task.CompletedTask;
        await _done.Task;
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        await acks;
    }

    /// <summary>Reads {"envelope_id":"…"} frames until the probe closes or drops the socket.</summary>
    private async Task ReadAcksAsync(WebSocket socket)
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                    length += result.Count;
                }
                while (!result.EndOfMessage && length < buffer.Length);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                var at = Stopwatch.GetTimestamp();
                if (EnvelopeId(buffer.AsSpan(0, length)) is { } id && _acks.TryRemove(id, out var acked))
                {
                    acked.TrySetResult(at);
                }
            }
        }
        catch (WebSocketException)
        {
            // The probe exited without a close handshake: the run is over.
        }
    }

    private static string? EnvelopeId(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("envelope_id"u8))
            {
                reader.Read();
                return reader.GetString();
            }
        }

        return null;
    }

    private async Task<IResult> ReceiveReplyAsync(string id, HttpContext context)
    {
        await context.Request.Body.CopyToAsync(Stream.Null);
        Arrived(id, Stopwatch.GetTimestamp());
        return Results.NoContent();
    }

    /// <summary>Answers as Slack does: 200 with ok true, or ok false and the error.</summary>
    private async Task ReceivePostMessageAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var at = Stopwatch.GetTimestamp();
        var channel = body.RootElement.TryGetProperty("channel", out var value) ? value.GetString() ?? "" : "";
        if (context.Request.Headers.Authorization != "Bearer " + FakeSlack.BotToken)
        {
            // Fails that student at once instead of after its 30 s wait.
            if (_pending.TryRemove(channel, out var refused))
            {
                refused.TrySetException(new InvalidOperationException("chat.postMessage without the bot token"));
            }

            await AnswerAsync(context, """{"ok":false,"error":"invalid_auth"}"""u8.ToArray());
            return;
        }

        Arrived(channel, at);
        await AnswerAsync(context, Posted);
    }

    private static async Task AnswerAsync(HttpContext context, byte[] body)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }

    private void Arrived(string key, long at)
    {
        if (_pending.TryRemove(key, out var replied))
        {
            replied.TrySetResult(at);
        }
    }
}
