using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ResidencyAdvisor.Host.Tests.Platforms;

/// <summary>
/// A stand-in for a load balancer without sticky sessions, on loopback: each request goes to the next backend in turn,
/// and to the one after it when that one refuses the connection (as a balancer's health check would soon decide).
/// </summary>
internal sealed class RoundRobinProxy : IAsyncDisposable
{
    private static readonly string[] ForwardedHeaders = ["X-Signature-Ed25519", "X-Signature-Timestamp"];

    private readonly WebApplication _app;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly Uri[] _backends;
    private int _next = -1;

    private RoundRobinProxy(WebApplication app, Uri[] backends)
    {
        _app = app;
        _backends = backends;
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Which backend (by index) answered each request, in order.</summary>
    public ConcurrentQueue<int> Answered { get; } = new();

    public static async Task<RoundRobinProxy> StartAsync(params Uri[] backends)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var proxy = new RoundRobinProxy(app, backends);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        proxy.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _http.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        for (var tried = 0; tried < _backends.Length; tried++)
        {
            var index = (int)((uint)Interlocked.Increment(ref _next) % (uint)_backends.Length);
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(_backends[index], context.Request.Path + context.Request.QueryString))
            {
                Content = new ByteArrayContent(body.ToArray()),
            };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
            foreach (var name in ForwardedHeaders.Where(context.Request.Headers.ContainsKey))
            {
                request.Headers.TryAddWithoutValidation(name, context.Request.Headers[name].ToArray());
            }

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, context.RequestAborted);
            }
            catch (HttpRequestException)
            {
                continue;
            }

            using (response)
            {
                Answered.Enqueue(index);
                context.Response.StatusCode = (int)response.StatusCode;
                context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
                await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
                return;
            }
        }

        context.Response.StatusCode = StatusCodes.Status502BadGateway;
    }
}
