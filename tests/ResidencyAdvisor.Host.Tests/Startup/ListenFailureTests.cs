using Microsoft.AspNetCore.Connections;
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
}
