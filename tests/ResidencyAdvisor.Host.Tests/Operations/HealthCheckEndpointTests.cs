using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core;
using ResidencyAdvisor.Host.Operations;
using ResidencyAdvisor.Storage;
using ResidencyAdvisor.Testing;

namespace ResidencyAdvisor.Host.Tests.Operations;

/// <summary>/health in process, with the real storage registration and health checks added around it.</summary>
public sealed class HealthCheckEndpointTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"ra-health-{Guid.NewGuid():N}.db");
    private readonly string _config = Path.Combine(Path.GetTempPath(), $"ra-health-config-{Guid.NewGuid():N}");

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

    [Fact]
    public async Task A_calendar_whose_dates_have_all_passed_is_degraded_but_health_stays_200()
    {
        var config = CopyOfConfig("""
            {"cycle": "2027 Main Residency Match", "milestones": [
              {"id": "rol-deadline", "title": "Rank order list certification deadline", "date": "2027-03-03T21:00:00-05:00", "source": "https://www.nrmp.org/match-calendars/", "checked": "2026-12-07"},
              {"id": "match-day", "title": "Match Day", "date": "2027-03-19T12:00:00-04:00", "source": "https://www.nrmp.org/match-calendars/", "checked": "2026-12-07"}]}
            """);
        var content = AdvisorContent.Load(config);

        var (duringSeason, seasonBody) = await GetHealthAsync(_ => { }, content, new FakeTimeProvider(new DateTimeOffset(2027, 3, 10, 0, 0, 0, TimeSpan.Zero)));
        var (afterSeason, staleBody) = await GetHealthAsync(_ => { }, content, new FakeTimeProvider(new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(HttpStatusCode.OK, duringSeason);
        Assert.Equal("ok", (string?)seasonBody["calendar"]!["status"]);
        Assert.Equal(HttpStatusCode.OK, afterSeason);
        Assert.Equal("healthy", (string?)staleBody["status"]);
        Assert.Equal("degraded", (string?)staleBody["calendar"]!["status"]);
        Assert.Equal("2027 Main Residency Match", (string?)staleBody["calendar"]!["cycle"]);
        Assert.Contains("update config/calendar.json", (string?)staleBody["calendar"]!["description"], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_config))
        {
            Directory.Delete(_config, recursive: true);
        }
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private string CopyOfConfig(string calendarJson)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "config");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_config, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(_config, "calendar.json"), calendarJson);
        return _config;
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> GetHealthAsync(
        Action<IHealthChecksBuilder> addChecks, AdvisorContent? content = null, TimeProvider? time = null)
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
            builder.Services.AddSingleton(time ?? TimeProvider.System);
            if (content is not null)
            {
                builder.Services.AddSingleton(content);
            }

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
