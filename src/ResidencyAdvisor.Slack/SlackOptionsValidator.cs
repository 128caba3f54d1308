using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Slack;

/// <summary>Fails start-up with every problem in the Slack settings named; never echoes a token.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public const int MaxConnections = 10;

    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var errors = new List<string>();
        if (!options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            errors.Add("Slack:AppToken must be an app-level token starting with xapp- (with the connections:write scope).");
        }

        if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            errors.Add("Slack:BotToken must be a bot token starting with xoxb-.");
        }

        // Tokens travel in every request: plain http only to this machine (a local fake), never over a network.
        if (options.ApiBaseUrl is not { IsAbsoluteUri: true } url
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
            || !url.AbsolutePath.EndsWith('/'))
        {
            errors.Add("Slack:ApiBaseUrl must be an absolute https URL ending in '/', such as https://slack.com/api/ (http only for localhost).");
        }

        if (options.Connections is < 1 or > MaxConnections)
        {
            errors.Add($"Slack:Connections must be from 1 to {MaxConnections}.");
        }

        if (options.ReconnectMinDelay <= TimeSpan.Zero || options.ReconnectMaxDelay < options.ReconnectMinDelay)
        {
            errors.Add("Slack:ReconnectMinDelay must be positive and no more than Slack:ReconnectMaxDelay.");
        }

        if (options.HelloTimeout <= TimeSpan.Zero || options.DeliveryWindow <= TimeSpan.Zero || options.ChannelMessageInterval < TimeSpan.Zero)
        {
            errors.Add("Slack:HelloTimeout and Slack:DeliveryWindow must be positive, Slack:ChannelMessageInterval not negative.");
        }

        if (options.ChannelMessageBurst < 1 || options.RateLimitRetries is < 0 or > 10)
        {
            errors.Add("Slack:ChannelMessageBurst must be at least 1 and Slack:RateLimitRetries from 0 to 10.");
        }

        if (options.ServerErrorRetries is < 0 or > 10)
        {
            errors.Add("Slack:ServerErrorRetries must be from 0 to 10.");
        }

        if (options.MaxRetryAfter <= TimeSpan.Zero || options.MaxRetryAfter > TimeSpan.FromMinutes(10))
        {
            errors.Add("Slack:MaxRetryAfter must be above 0 and at most 00:10:00.");
        }

        if (options.KeepAliveInterval < TimeSpan.FromSeconds(1) || options.KeepAliveInterval > TimeSpan.FromMinutes(10)
            || options.ConnectTimeout < TimeSpan.FromSeconds(1) || options.ConnectTimeout > TimeSpan.FromMinutes(5))
        {
            errors.Add("Slack:KeepAliveInterval must be from 00:00:01 to 00:10:00 and Slack:ConnectTimeout from 00:00:01 to 00:05:00.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
