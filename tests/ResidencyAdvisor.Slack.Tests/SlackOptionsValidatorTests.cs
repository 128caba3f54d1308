namespace ResidencyAdvisor.Slack.Tests;

public class SlackOptionsValidatorTests
{
    private static SlackOptions Valid() => new() { AppToken = "xapp-1-secret", BotToken = "xoxb-secret" };

    [Theory]
    [InlineData(null)]
    [InlineData("/relative/")]
    [InlineData("https://advisor.example.org/no-slash")]
    public void Many_workspaces_without_a_public_url_fail_start_up_saying_it_is_required(string? publicUrl)
    {
        var options = new SlackOptions
        {
            SigningSecret = "secret", ClientId = "1.2", ClientSecret = "client-secret", TokenKey = ResidencyAdvisor.Slack.OAuth.TokenProtector.NewKey(),
            PublicUrl = publicUrl is null ? null : new Uri(publicUrl, UriKind.RelativeOrAbsolute),
        };

        var result = new SlackOptionsValidator().Validate(null, options);

        Assert.False(result.Succeeded);
        Assert.Contains("Slack:PublicUrl must be set for many workspaces", result.FailureMessage, StringComparison.Ordinal);
        options.PublicUrl = new Uri("https://advisor.example.org/");
        Assert.True(new SlackOptionsValidator().Validate(null, options).Succeeded, new SlackOptionsValidator().Validate(null, options).FailureMessage);
    }

    [Fact]
    public void Defaults_with_both_tokens_are_valid()
    {
        var options = Valid();

        Assert.True(new SlackOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(new Uri("https://slack.com/api/"), options.ApiBaseUrl);
        Assert.Equal(1, options.Connections);
    }

    [Theory]
    [InlineData("AppToken", "xoxb-wrong-kind")]
    [InlineData("BotToken", "")]
    [InlineData("Connections", "0")]
    [InlineData("Connections", "11")]
    [InlineData("ApiBaseUrl", "https://slack.com/api")]
    [InlineData("ApiBaseUrl", "http://slack.com/api/")]
    [InlineData("ApiTimeout", "00:00:00")]
    [InlineData("ApiTimeout", "00:06:00")]
    public void A_bad_setting_fails_start_up_naming_it_without_echoing_tokens(string setting, string value)
    {
        var options = Valid();
        switch (setting)
        {
            case "AppToken": options.AppToken = value; break;
            case "BotToken": options.BotToken = value; break;
            case "Connections": options.Connections = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "ApiTimeout": options.ApiTimeout = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            default: options.ApiBaseUrl = new Uri(value); break;
        }

        var result = new SlackOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Slack:" + setting, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/api/")]
    [InlineData("http://localhost:5000/api/")]
    public void Plain_http_is_accepted_only_for_this_machine(string url)
    {
        var options = Valid();
        options.ApiBaseUrl = new Uri(url);

        Assert.True(new SlackOptionsValidator().Validate(null, options).Succeeded);
    }
}
