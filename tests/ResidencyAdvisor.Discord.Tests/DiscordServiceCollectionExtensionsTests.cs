using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Discord.Tests;

public class DiscordServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData("abc.def", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void The_adapter_is_configured_only_when_a_token_is_set(string? token, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = token }).Build();

        Assert.Equal(expected, DiscordServiceCollectionExtensions.IsConfigured(configuration));
    }

    [Fact]
    public async Task Registration_adds_the_hosted_service_and_the_discord_health_check()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "abc.def",
            ["Discord:GuildIds"] = "1, 2",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddDiscordAdapter(configuration);

        using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(default);
        Assert.Equal("discord", Assert.Single(report.Entries).Key);
        Assert.Contains("adapter", report.Entries["discord"].Tags);
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["discord"].Status); // not connected before the host starts
        Assert.Equal(false, report.Entries["discord"].Data["connected"]);
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService));
        Assert.Equal(["1", "2"], provider.GetRequiredService<IOptions<DiscordOptions>>().Value.GuildIdList);
    }

    [Fact]
    public void The_host_s_reminder_scheduler_finds_one_Discord_sender_however_often_the_adapter_is_added()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = "abc.def" }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TestContent.Content).AddDiscordAdapter(configuration);
        services.AddDiscordAdapter(configuration);
        using var provider = services.BuildServiceProvider();

        var sender = Assert.Single(provider.GetServices<ResidencyAdvisor.Core.Season.IReminderSender>());

        Assert.Equal("discord", sender.Platform);
        Assert.IsType<ResidencyAdvisor.Discord.Season.DiscordReminderSender>(sender);
    }

    [Fact]
    public void A_missing_token_fails_validation_at_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:ApiBaseUrl"] = "http://127.0.0.1:1" }).Build();
        using var provider = new ServiceCollection().AddLogging().AddDiscordAdapter(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("Discord:Token", error.Message, StringComparison.Ordinal);
    }
}
