using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Host.Listening;
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
    public async Task The_retired_slack_body_limit_is_named_at_start_with_the_one_that_replaced_it()
    {
        await using var listener = await StartAsync((endpoints, _) => endpoints.MapPost("/hook", () => Results.Ok()),
            new() { ["Slack:MaxRequestBytes"] = "65536", ["PublicHttp:MaxRequestBodyBytes"] = "131072" });

        var warning = Assert.Single(listener.Logs.Entries, e => e.EventId == 5014);
        Assert.Contains("PublicHttp:MaxRequestBodyBytes (131072 bytes)", warning.Message, StringComparison.Ordinal);
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
    public async Task Without_an_http_mode_or_a_metrics_port_nothing_listens()
    {
        await using var app = await TestWebHost.StartAsync(new Dictionary<string, string?>(), _ => { });

        Assert.IsType<NoServer>(app.Services.GetRequiredService<IServer>());
        Assert.Empty(app.PublicAddresses());
    }

    internal static async Task<RunningListener> StartAsync(Action<IEndpointRouteBuilder, IServiceProvider> map, Dictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var logs = new CapturedLogs();
        var app = await TestWebHost.StartAsync(all, builder => builder.Services.AddPublicEndpoints("test", map), logs);
        return new RunningListener(app, new Uri(app.PublicAddresses().Single()), logs);
    }

    internal sealed record RunningListener(WebApplication App, Uri BaseAddress, CapturedLogs Logs) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
