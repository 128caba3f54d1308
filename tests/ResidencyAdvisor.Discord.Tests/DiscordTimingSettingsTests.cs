using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Discord.Tests;

/// <summary>Discord's timings are settings like Slack's: bound by the names docs/configuration.md gives, and validated.</summary>
public class DiscordTimingSettingsTests
{
    [Theory]
    [InlineData("ReconnectMinDelay", "00:00:00")]
    [InlineData("ReconnectMinDelay", "00:02:00")] // above the default maximum
    [InlineData("InvalidSessionMinDelay", "00:00:06")] // above the default maximum
    [InlineData("HelloTimeout", "00:00:00")]
    [InlineData("ConnectTimeout", "00:06:00")]
    [InlineData("ApiTimeout", "-00:00:01")]
    [InlineData("SilenceGrace", "00:00:00")]
    [InlineData("ApiRetries", "11")]
    [InlineData("ApiRetryMinDelay", "00:00:00")]
    [InlineData("MaxRetryAfter", "00:11:00")]
    [InlineData("DeliveryWindow", "00:00:00")]
    [InlineData("ReplyEditWindow", "00:15:00")]
    [InlineData("MaxEditableReplies", "0")]
    public void A_wrong_timing_stops_start_up_naming_the_setting(string setting, string value)
    {
        using var provider = Provider(new() { ["Discord:" + setting] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("Discord:" + setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Timings_bind_from_configuration_and_default_to_what_discord_asks_for()
    {
        using var provider = Provider(new() { ["Discord:HelloTimeout"] = "00:00:00.250", ["Discord:ApiRetries"] = "0" });

        var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal(TimeSpan.FromMilliseconds(250), options.HelloTimeout);
        Assert.Equal(0, options.ApiRetries);
        Assert.Equal(TimeSpan.FromSeconds(1), options.InvalidSessionMinDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), options.InvalidSessionMaxDelay);
        Assert.Equal(TimeSpan.FromMinutes(14), options.ReplyEditWindow);
        Assert.Equal(TimeSpan.FromMinutes(15), options.DeliveryWindow);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ApiTimeout);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        settings["Discord:Token"] = "abc.def";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddDiscordAdapter(configuration).BuildServiceProvider();
    }
}
