using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Host.Operations;
using ResidencyAdvisor.Testing;

namespace ResidencyAdvisor.Host.Tests.Operations;

/// <summary>Finding 7: the operations port answers GET on two exact paths, privately by default, and checks health at most once a second.</summary>
public sealed class OperationsHardeningTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private readonly int _port = LoopbackPort.Free();
    private int _checks;
    private WebApplication? _host;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            await _host.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("DELETE", "health", HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "metrics", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "health/anything", HttpStatusCode.NotFound)]
    [InlineData("GET", "health/anything", HttpStatusCode.NotFound)]
    [InlineData("GET", "metrics/x", HttpStatusCode.NotFound)]
    [InlineData("GET", "", HttpStatusCode.NotFound)]
    [InlineData("GET", "health", HttpStatusCode.OK)]
    [InlineData("GET", "metrics", HttpStatusCode.OK)]
    public async Task Only_GET_on_the_exact_paths_is_answered(string method, string path, HttpStatusCode expected)
    {
        using var http = await StartAsync();

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task With_a_bearer_token_a_request_without_it_is_refused()
    {
        using var http = await StartAsync(token: "s3cret-ops-token");

        using var anonymous = await http.GetAsync("health");
        using var wrong = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "metrics") { Headers = { { "Authorization", "Bearer nope" } } });
        using var right = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "health") { Headers = { { "Authorization", "Bearer s3cret-ops-token" } } });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.DoesNotContain("s3cret", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DELETE", "health")]
    [InlineData("POST", "metrics")]
    [InlineData("GET", "health/anything")]
    [InlineData("GET", "")]
    public async Task With_a_bearer_token_a_stranger_learns_no_path_or_method_only_401(string method, string path)
    {
        using var http = await StartAsync(token: "s3cret-ops-token");

        using var anonymous = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        using var known = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Headers = { { "Authorization", "Bearer s3cret-ops-token" } } });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.True(known.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, known.StatusCode.ToString());
    }

    [Theory]
    [InlineData("0.0.0.0", null, true)]
    [InlineData("+", null, true)]
    [InlineData("0.0.0.0", "s3cret-ops-token", false)]
    [InlineData("localhost", null, false)]
    public async Task Every_interface_without_a_token_is_warned_about_at_start(string host, string? token, bool warned)
    {
        var logs = new ResidencyAdvisor.Testing.CapturedLogs();

        using var http = await StartAsync(token, host, logs);

        Assert.Equal(warned, logs.Entries.Any(e => e.EventId == 5013 && e.Message.Contains("without Metrics:BearerToken", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Many_health_requests_within_a_second_share_one_run_of_the_checks()
    {
        using var http = await StartAsync();

        var burst = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => http.GetAsync("health")));
        var afterBurst = Volatile.Read(ref _checks);
        _time.Advance(TimeSpan.FromSeconds(1));
        using var later = await http.GetAsync("health");

        Assert.All(burst, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, afterBurst);
        Assert.Equal(2, Volatile.Read(ref _checks));
    }

    [Fact]
    public async Task By_default_the_port_is_not_reachable_from_other_machines()
    {
        var external = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        using var http = await StartAsync(host: null);
        using var local = await http.GetAsync("health");
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        if (external is null)
        {
            return; // No other interface on this machine: nothing more to show.
        }

        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(external, _port));
    }

    private async Task<HttpClient> StartAsync(string? token = null, string? host = "localhost", Microsoft.Extensions.Logging.ILoggerProvider? logs = null)
    {
        var settings = new Dictionary<string, string?> { ["Metrics:Port"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (host is not null)
        {
            settings["Metrics:Host"] = host;
        }

        if (token is not null)
        {
            settings["Metrics:BearerToken"] = token;
        }

        _host = await TestWebHost.StartAsync(settings, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(_time);
            builder.Services.AddOperations(builder.Configuration);
            builder.Services.AddHealthChecks().AddCheck("counted", () =>
            {
                Interlocked.Increment(ref _checks);
                return HealthCheckResult.Healthy();
            });
        }, logs);
        return new HttpClient { BaseAddress = new Uri($"http://localhost:{_port}/") };
    }
}
