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
/// Like Caddy's reverse_proxy it keeps the Host header, and it passes cookies and redirects through untouched.
/// </summary>
internal sealed class RoundRobinProxy : IAsyncDisposable
{
    private static readonly string[] ForwardedHeaders =
    [
        "X-Signature-Ed25519", "X-Signature-Timestamp",
        "X-Slack-Signature", "X-Slack-Request-Timestamp", "X-Slack-Retry-Num", "X-Slack-Retry-Reason",
        "Cookie",
    ];

    private readonly WebApplication _app;
    // The browser, not the balancer, follows redirects and keeps cookies.
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };
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

    public static Task<RoundRobinProxy> StartAsync(params Uri[] backends) => StartAsync(0, backends);

    /// <summary>On a port chosen beforehand, for backends that must be told their public URL when they start.</summary>
    public static async Task<RoundRobinProxy> StartAsync(int port, params Uri[] backends)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
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
        var first = (int)((uint)Interlocked.Increment(ref _next) % (uint)_backends.Length);
        for (var tried = 0; tried < _backends.Length; tried++)
        {
            // From this request's turn onwards, so a refused backend is never retried while another is untried.
            var index = (first + tried) % _backends.Length;
            using var request = Copy(context.Request, body.ToArray(), _backends[index]);
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
                if (response.Headers.Location is { } location)
                {
                    context.Response.Headers.Location = location.OriginalString;
                }

                if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
                {
                    context.Response.Headers.SetCookie = cookies.ToArray();
                }

                await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
                return;
            }
        }

        context.Response.StatusCode = StatusCodes.Status502BadGateway;
    }

    private static HttpRequestMessage Copy(HttpRequest incoming, byte[] body, Uri backend)
    {
        var request = new HttpRequestMessage(new HttpMethod(incoming.Method), new Uri(backend, incoming.Path + incoming.QueryString));
        request.Headers.Host = incoming.Host.Value;
        if (body.Length > 0 || incoming.ContentType is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", incoming.ContentType);
        }

        foreach (var name in ForwardedHeaders.Where(incoming.Headers.ContainsKey))
        {
            request.Headers.TryAddWithoutValidation(name, incoming.Headers[name].ToArray());
        }

        return request;
    }
}
