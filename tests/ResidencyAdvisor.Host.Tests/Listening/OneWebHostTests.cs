using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ResidencyAdvisor.Host.Listening;
using ResidencyAdvisor.Host.Operations;
using ResidencyAdvisor.Host.PublicHttp;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Testing;

namespace ResidencyAdvisor.Host.Tests.Listening;

/// <summary>The public routes and the operations endpoints share one host and one container, but never an address.</summary>
public sealed class OneWebHostTests : IAsyncLifetime
{
    private readonly int _operationsPort = LoopbackPort.Free();
    private readonly CapturedLogs _logs = new();
    private WebApplication _app = null!;
    private HttpClient _public = null!;
    private HttpClient _operations = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Metrics:Port"] = _operationsPort.ToString(CultureInfo.InvariantCulture),
            ["Metrics:Host"] = "127.0.0.1",
        };
        _app = await TestWebHost.StartAsync(settings, builder =>
        {
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddOperations(builder.Configuration);
            builder.Services.AddPublicEndpoints("test", (endpoints, _) => endpoints.MapPost("/hook", () => Results.Ok()));
        }, _logs);
        _public = new HttpClient { BaseAddress = new Uri(_app.PublicAddresses().Single()) };
        _operations = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_operationsPort}/") };
    }

    public async Task DisposeAsync()
    {
        _public.Dispose();
        _operations.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Health_and_metrics_answer_on_the_operations_port_and_the_public_routes_on_the_public_address()
    {
        using var health = await _operations.GetAsync("health");
        using var metrics = await _operations.GetAsync("metrics");
        using var hook = await _public.PostAsync("hook", null);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("application/json", health.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Equal("text/plain", metrics.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, hook.StatusCode);
    }

    [Theory]
    [InlineData("GET", "health")]
    [InlineData("POST", "health")]
    [InlineData("GET", "metrics")]
    public async Task The_public_address_does_not_know_the_operations_paths_whatever_the_method(string method, string path)
    {
        using var response = await _public.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Naming_the_operations_port_in_the_host_header_does_not_reach_health_through_the_public_address()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "health");
        request.Headers.Host = $"127.0.0.1:{_operationsPort}";

        using var response = await _public.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_operations_port_does_not_serve_the_public_routes()
    {
        using var response = await _operations.PostAsync("hook", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Public_requests_are_logged_and_operations_scrapes_are_not()
    {
        using var hook = await _public.PostAsync("hook?code=secret", null);
        using var metrics = await _operations.GetAsync("metrics");

        var lines = _logs.Entries.Select(e => e.Message).Where(m => m.StartsWith("HTTP ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["HTTP POST /hook answered 200"], lines.Select(l => l[..l.IndexOf(" in ", StringComparison.Ordinal)]));
    }
}
