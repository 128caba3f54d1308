using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Host.PublicHttp;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Host.Tests.PublicHttp;

public sealed class PublicListenerTests
{
    [Fact]
    public async Task A_saturated_instance_answers_503_with_retry_after_at_once_instead_of_making_the_caller_wait()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var listener = await StartAsync(
            (endpoints, _) => endpoints.MapPost("/slow", async () =>
            {
                entered.TrySetResult();
                await release.Task;
                return Results.Ok();
            }),
            new() { ["PublicHttp:MaxConcurrentRequests"] = "1", ["PublicHttp:QueueLimit"] = "0", ["PublicHttp:RetryAfterSeconds"] = "2" });
        using var http = new HttpClient { BaseAddress = listener.BaseAddress };

        var first = http.PostAsync("/slow", null);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var second = await http.PostAsync("/slow", null).WaitAsync(TimeSpan.FromSeconds(5));
        release.SetResult();
        using var firstResponse = await first;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), second.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
    }

    [Fact]
    public async Task Request_logs_show_method_path_and_status_but_never_the_query_headers_or_body()
    {
        await using var listener = await StartAsync((endpoints, _) => endpoints.MapPost("/hook", () => Results.Ok()), []);
        using var http = new HttpClient { BaseAddress = listener.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hook?code=secret-oauth-code")
        {
            Content = new StringContent("{\"score\":\"241-secret\"}"),
        };
        request.Headers.Add("X-Signature-Ed25519", "secret-signature");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = listener.Logs.Entries.Select(e => e.Message).ToArray();
        Assert.Contains(lines, l => l.StartsWith("HTTP POST /hook answered 200", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Routes_nobody_mapped_are_not_found_and_health_is_not_on_the_public_listener()
    {
        await using var listener = await StartAsync((endpoints, _) => endpoints.MapPost("/hook", () => Results.Ok()), []);
        using var http = new HttpClient { BaseAddress = listener.BaseAddress };

        using var health = await http.GetAsync("/health");
        using var metrics = await http.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, health.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
    }

    [Fact]
    public async Task The_kestrel_section_decides_where_the_listener_listens()
    {
        await using var listener = await StartAsync((endpoints, _) => endpoints.MapPost("/hook", () => Results.Ok()),
            new() { ["urls"] = null, ["Kestrel:Endpoints:Public:Url"] = "http://127.0.0.1:0" });
        using var http = new HttpClient { BaseAddress = listener.BaseAddress };

        using var response = await http.PostAsync("/hook", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("127.0.0.1", listener.BaseAddress.Host);
    }

    [Fact]
    public void Without_an_http_mode_no_listener_is_registered()
    {
        var services = new ServiceCollection();
        Assert.DoesNotContain(services, d => d.ImplementationType == typeof(PublicListener));

        services.AddPublicEndpoints("one", (_, _) => { });
        services.AddPublicEndpoints("two", (_, _) => { });

        Assert.Single(services, d => d.ImplementationType == typeof(PublicListener));
    }

    private static async Task<RunningListener> StartAsync(Action<Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, IServiceProvider> map, Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddPublicEndpoints("test", map);
        var host = builder.Build();
        await host.StartAsync();
        var listener = host.Services.GetServices<IHostedService>().OfType<PublicListener>().Single();
        return new RunningListener(host, new Uri(listener.Addresses.Single()), logs);
    }

    private sealed record RunningListener(IHost Host, Uri BaseAddress, CapturedLogs Logs) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Host.StopAsync();
            Host.Dispose();
        }
    }
}
