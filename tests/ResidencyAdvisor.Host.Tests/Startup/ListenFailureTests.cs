using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using ResidencyAdvisor.Host.PublicHttp;
using ResidencyAdvisor.Host.Startup;

namespace ResidencyAdvisor.Host.Tests.Startup;

/// <summary>Issue 18 item 9: a busy address is reported as an address to change, never as a storage problem.</summary>
public class ListenFailureTests
{
    [Fact]
    public void A_busy_public_address_names_the_settings_that_choose_addresses_and_not_the_database()
    {
        var busy = new IOException("Failed to bind to address http://127.0.0.1:8080: address already in use.", new AddressInUseException("Address already in use"));

        var line = StartupFailure.Describe(busy);

        Assert.StartsWith("residency-advisor: cannot start: Failed to bind to address http://127.0.0.1:8080: address already in use.", line, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_URLS", line, StringComparison.Ordinal);
        Assert.Contains("Metrics__Port", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Storage__SqlitePath", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_port_another_program_holds_stops_the_start_with_the_address_hint()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => TestWebHost.StartAsync(
            new Dictionary<string, string?> { ["urls"] = $"http://127.0.0.1:{port}" },
            builder => builder.Services.AddPublicEndpoints("test", (endpoints, _) => endpoints.MapPost("/hook", () => Results.Ok()))));
        var line = StartupFailure.Describe(failure);

        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_URLS", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Storage__SqlitePath", line, StringComparison.Ordinal);
    }
}
