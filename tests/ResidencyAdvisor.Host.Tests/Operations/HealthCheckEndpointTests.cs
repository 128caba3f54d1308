using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ResidencyAdvisor.Host.Operations;
using ResidencyAdvisor.Storage;
using ResidencyAdvisor.Testing;

namespace ResidencyAdvisor.Host.Tests.Operations;

/// <summary>/health in process, with the real storage registration and health checks added around it.</summary>
public sealed class HealthCheckEndpointTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"ra-health-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task With_every_check_healthy_health_answers_200_with_the_store_and_each_adapter()
    {
        var (status, body) = await GetHealthAsync(checks => checks
            .AddCheck("discord", () => HealthCheckResult.Healthy(data: new Dictionary<string, object> { ["connected"] = true }), tags: [HealthJson.AdapterTag]));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", (string?)body["status"]);
        Assert.Equal("sqlite", (string?)body["store"]!["provider"]);
        Assert.True((bool)body["store"]!["ok"]!);
        var adapter = Assert.Single(body["adapters"]!.AsArray())!;
        Assert.Equal(("discord", true), ((string?)adapter["name"], (bool)adapter["connected"]!));
        Assert.Null(body["checks"]);
    }

    [Fact]
    public async Task An_unhealthy_check_turns_health_unhealthy_with_503_and_names_the_check()
    {
        var (status, body) = await GetHealthAsync(checks => checks
            .AddCheck("disk", () => HealthCheckResult.Unhealthy("The disk is full.")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy", (string?)body["status"]);
        Assert.True((bool)body["store"]!["ok"]!);
        var check = Assert.Single(body["checks"]!.AsArray())!;
        Assert.Equal(("disk", "unhealthy", "The disk is full."), ((string?)check["name"], (string?)check["status"], (string?)check["description"]));
    }

    [Fact]
    public async Task A_disconnected_adapter_turns_health_unhealthy_and_shows_its_fatal_error()
    {
        var (status, body) = await GetHealthAsync(checks => checks.AddCheck("slack", () => HealthCheckResult.Unhealthy(
            data: new Dictionary<string, object> { ["connected"] = false, ["fatalError"] = "Slack rejected the bot token" }), tags: [HealthJson.AdapterTag]));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var adapter = Assert.Single(body["adapters"]!.AsArray())!;
        Assert.False((bool)adapter["connected"]!);
        Assert.Equal("Slack rejected the bot token", (string?)adapter["fatalError"]);
    }

    public void Dispose()
    {
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> GetHealthAsync(Action<IHealthChecksBuilder> addChecks)
    {
        var port = LoopbackPort.Free();
        var settings = new Dictionary<string, string?>
        {
            ["Metrics:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Metrics:Host"] = "localhost",
            ["Storage:SqlitePath"] = _database,
        };
        await using var host = await TestWebHost.StartAsync(settings, builder =>
        {
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddOperations(builder.Configuration);
            builder.Services.AddConversationStorage(builder.Configuration);
            addChecks(builder.Services.AddHealthChecks());
        });
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/") };
            using var response = await http.GetAsync("health");
            return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
