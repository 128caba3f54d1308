using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests;

/// <summary>Issue 18, item 9: half of the "Add to Slack" settings stops start-up with a message, instead of Slack silently staying off.</summary>
public class HalfConfiguredStartupTests
{
    [Theory]
    [InlineData("ClientId", FakeSlack.ClientId)]
    [InlineData("ClientSecret", FakeSlack.ClientSecret)]
    public async Task A_signing_secret_with_only_one_of_client_id_and_secret_refuses_to_start_saying_they_must_be_set_together(
        string setting, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = "", ["Slack:BotToken"] = "", ["Slack:SigningSecret"] = FakeSlack.SigningSecret, ["Slack:" + setting] = value,
        };
        await using var slack = await FakeSlack.StartAsync();

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => SlackAdapterHarness.StartAsync(slack, settings));

        Assert.True(SlackServiceCollectionExtensions.IsConfigured(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
        Assert.Contains("Slack:ClientId and Slack:ClientSecret must be set together.", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, refused.Message, StringComparison.Ordinal);
    }
}
