using Microsoft.Extensions.Options;
using ResidencyAdvisor.Slack.OAuth;

namespace ResidencyAdvisor.Slack;

/// <summary>Fails start-up with every problem in the Slack settings named; never echoes a token.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public const int MaxConnections = 10;

    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var errors = new List<string>();
        if (options.AppToken.Length > 0 && !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            errors.Add("Slack:AppToken must be an app-level token starting with xapp- (with the connections:write scope).");
        }
        else if (!options.SocketMode && !options.HttpMode)
        {
            // Fail closed: without a signing secret no request to /slack/events could be proven to come from Slack.
            errors.Add("Slack:AppToken (Socket Mode) or Slack:SigningSecret (requests to /slack/events) must be set.");
        }

        if (!options.ManyWorkspaces && !options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            errors.Add("Slack:BotToken must be a bot token starting with xoxb- (or set Slack:ClientId and Slack:ClientSecret for many workspaces).");
        }

        if (options.ClientId.Length > 0 != options.ClientSecret.Length > 0)
        {
            errors.Add("Slack:ClientId and Slack:ClientSecret must be set together.");
        }

        if (options.ManyWorkspaces)
        {
            ValidateManyWorkspaces(options, errors);
        }

        // Tokens travel in every request: plain http only to this machine (a local fake), never over a network.
        if (options.ApiBaseUrl is not { IsAbsoluteUri: true } url
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
            || !url.AbsolutePath.EndsWith('/'))
        {
            errors.Add("Slack:ApiBaseUrl must be an absolute https URL ending in '/', such as https://slack.com/api/ (http only for localhost).");
        }

        if (options.ApiTimeout <= TimeSpan.Zero || options.ApiTimeout > TimeSpan.FromMinutes(5))
        {
            errors.Add("Slack:ApiTimeout must be above 0 and at most 00:05:00.");
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

    private static void ValidateManyWorkspaces(SlackOptions options, List<string> errors)
    {
        if (!TokenProtector.IsValidKey(options.TokenKey) || options.PreviousTokenKeys.Any(key => !TokenProtector.IsValidKey(key)))
        {
            errors.Add("Slack:TokenKey (and every Slack:PreviousTokenKeys entry) must be 32 random bytes in base64, e.g. from `openssl rand -base64 32`.");
        }

        if (options.AuthorizeUrl is not { IsAbsoluteUri: true } authorize || (authorize.Scheme != Uri.UriSchemeHttps && authorize.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add("Slack:AuthorizeUrl must be an absolute http(s) URL.");
        }

        // Required: built from the Host header instead, the redirect would go wherever a request said (issue 18 item 8).
        if (options.PublicUrl is not { IsAbsoluteUri: true } publicUrl || !publicUrl.AbsolutePath.EndsWith('/'))
        {
            errors.Add("Slack:PublicUrl must be set for many workspaces (Slack:ClientId and Slack:ClientSecret), as the absolute URL "
                + "Slack sends installers back to, ending in '/', such as https://advisor.example.org/.");
        }

        if (string.IsNullOrWhiteSpace(options.Scopes))
        {
            errors.Add("Slack:Scopes must list the bot scopes to ask for.");
        }
    }
}
