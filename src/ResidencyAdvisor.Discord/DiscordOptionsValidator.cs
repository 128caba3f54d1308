using Microsoft.Extensions.Options;
using ResidencyAdvisor.Discord.Http;

namespace ResidencyAdvisor.Discord;

/// <summary>Checks the Discord settings at start-up, naming the setting that is wrong but never echoing the token.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    private static readonly TimeSpan InteractionTokenLifetime = TimeSpan.FromMinutes(15);

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

        ValidateTimings(options, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    // Below, the floor is only "above 0": the defaults are what Discord asks for, and a test against a fake Discord shrinks them to milliseconds.
    private static void ValidateTimings(DiscordOptions options, List<string> errors)
    {
        if (options.ReconnectMinDelay <= TimeSpan.Zero || options.ReconnectMaxDelay < options.ReconnectMinDelay)
        {
            errors.Add("Discord:ReconnectMinDelay must be positive and no more than Discord:ReconnectMaxDelay.");
        }

        if (options.InvalidSessionMinDelay <= TimeSpan.Zero || options.InvalidSessionMaxDelay < options.InvalidSessionMinDelay)
        {
            errors.Add("Discord:InvalidSessionMinDelay must be positive and no more than Discord:InvalidSessionMaxDelay.");
        }

        if (!UpTo(options.HelloTimeout, TimeSpan.FromMinutes(5)) || !UpTo(options.ConnectTimeout, TimeSpan.FromMinutes(5))
            || !UpTo(options.ApiTimeout, TimeSpan.FromMinutes(5)) || !UpTo(options.SilenceGrace, TimeSpan.FromMinutes(5)))
        {
            errors.Add("Discord:HelloTimeout, Discord:ConnectTimeout, Discord:ApiTimeout and Discord:SilenceGrace must be above 0 and at most 00:05:00.");
        }

        if (options.ApiRetries is < 0 or > 10 || !UpTo(options.ApiRetryMinDelay, TimeSpan.FromMinutes(1)))
        {
            errors.Add("Discord:ApiRetries must be from 0 to 10 and Discord:ApiRetryMinDelay above 0 and at most 00:01:00.");
        }

        if (!UpTo(options.MaxRetryAfter, TimeSpan.FromMinutes(10)))
        {
            errors.Add("Discord:MaxRetryAfter must be above 0 and at most 00:10:00.");
        }

        if (options.DeliveryWindow <= TimeSpan.Zero)
        {
            errors.Add("Discord:DeliveryWindow must be positive.");
        }

        if (options.ReplyEditWindow <= TimeSpan.Zero || options.ReplyEditWindow >= InteractionTokenLifetime)
        {
            errors.Add("Discord:ReplyEditWindow must be above 0 and under 00:15:00, the life of an interaction token.");
        }

        if (options.MaxEditableReplies is < 1 or > 1_000_000)
        {
            errors.Add("Discord:MaxEditableReplies must be from 1 to 1000000.");
        }
    }

    private static bool UpTo(TimeSpan value, TimeSpan max) => value > TimeSpan.Zero && value <= max;

    private static bool IsSnowflake(string value) => value.Length is > 0 and <= 20 && value.All(char.IsAsciiDigit);
}
