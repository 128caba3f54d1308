using Microsoft.Extensions.Options;
using ResidencyAdvisor.Discord.Http;

namespace ResidencyAdvisor.Discord;

/// <summary>Checks the Discord settings at start-up, naming the setting that is wrong but never echoing the token.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var errors = new List<string>();
        if (options.UsesInteractionsEndpoint && !DiscordRequestVerifier.IsValidPublicKey(options.PublicKey))
        {
            errors.Add("Discord:PublicKey must be the application's public key: 64 hex characters from the developer portal "
                + "(a weak key, such as all zeros, is refused: any forged signature could pass it).");
        }

        if (string.IsNullOrWhiteSpace(options.Token))
        {
            if (!options.UsesInteractionsEndpoint)
            {
                errors.Add("Discord:Token is required (the bot token from the developer portal), unless Discord:PublicKey is set.");
            }
        }
        else if (options.Token.Any(char.IsWhiteSpace) || options.Token.StartsWith("Bot", StringComparison.Ordinal))
        {
            errors.Add("Discord:Token must be the bare token, without spaces or a \"Bot \" prefix.");
        }

        // The token travels in every request: plain http only to this machine (a local fake), never over a network.
        if (options.ApiBaseUrl is not { IsAbsoluteUri: true } url
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            errors.Add("Discord:ApiBaseUrl must be an absolute https URL such as https://discord.com/api/v10 (http only for localhost).");
        }

        if (!string.IsNullOrEmpty(options.ApplicationId) && !IsSnowflake(options.ApplicationId))
        {
            errors.Add("Discord:ApplicationId must be the numeric application id.");
        }

        if (options.GuildIdList.Any(id => !IsSnowflake(id)))
        {
            errors.Add("Discord:GuildIds must be numeric guild ids separated by commas.");
        }

        if (options.ShardCount < 1 || options.ShardId < 0 || options.ShardId >= options.ShardCount)
        {
            errors.Add("Discord:ShardCount must be at least 1 and Discord:ShardId between 0 and ShardCount - 1.");
        }

        if (options.DeferAfter <= TimeSpan.Zero || options.DeferAfter > TimeSpan.FromMilliseconds(2500))
        {
            errors.Add("Discord:DeferAfter must be above 0 and at most 00:00:02.5 so the first response lands within 3 seconds.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsSnowflake(string value) => value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit);
}
