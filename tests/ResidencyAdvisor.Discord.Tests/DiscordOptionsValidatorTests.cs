namespace ResidencyAdvisor.Discord.Tests;

public class DiscordOptionsValidatorTests
{
    private static DiscordOptions Valid() => new() { Token = "abc.def.ghi" };

    [Fact]
    public void Defaults_with_a_token_are_valid() => Assert.True(new DiscordOptionsValidator().Validate(null, Valid()).Succeeded);

    [Theory]
    [InlineData("Token", "")]
    [InlineData("Token", "Bot abc")]
    [InlineData("ApplicationId", "not-a-number")]
    [InlineData("GuildIds", "123,abc")]
    [InlineData("ShardId", "1")]
    [InlineData("DeferAfter", "00:00:03")]
    [InlineData("ApiBaseUrl", "http://discord.com/api/v10")]
    [InlineData("PublicKey", "not-hex")]
    [InlineData("PublicKey", "abcd")]
    public void A_wrong_setting_fails_with_a_message_naming_it(string setting, string value)
    {
        var options = Valid();
        switch (setting)
        {
            case "Token": options.Token = value; break;
            case "ApplicationId": options.ApplicationId = value; break;
            case "GuildIds": options.GuildIds = value; break;
            case "ShardId": options.ShardId = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "DeferAfter": options.DeferAfter = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "ApiBaseUrl": options.ApiBaseUrl = new Uri(value); break;
            case "PublicKey": options.PublicKey = value; break;
        }

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Discord:" + setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_public_key_the_token_may_be_left_out()
    {
        using var key = NSec.Cryptography.Key.Create(NSec.Cryptography.SignatureAlgorithm.Ed25519);
        var options = new DiscordOptions { PublicKey = Convert.ToHexStringLower(key.PublicKey.Export(NSec.Cryptography.KeyBlobFormat.RawPublicKey)) };
        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(options.UsesInteractionsEndpoint);
    }

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")] // all zeros: order 4
    [InlineData("0000000000000000000000000000000000000000000000000000000000000080")] // the same with the sign bit set
    [InlineData("0100000000000000000000000000000000000000000000000000000000000000")] // the identity: order 1
    [InlineData("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // y = p - 1: order 2
    [InlineData("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")] // y = p: not canonical
    public void A_weak_small_order_public_key_is_refused_at_start_because_any_forged_signature_could_pass_it(string weakKey)
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { PublicKey = weakKey });

        Assert.True(result.Failed);
        Assert.Contains("Discord:PublicKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("weak key", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_made_for_Ed25519_are_never_taken_for_weak_ones()
    {
        for (var i = 0; i < 50; i++)
        {
            using var key = NSec.Cryptography.Key.Create(NSec.Cryptography.SignatureAlgorithm.Ed25519);
            var hex = Convert.ToHexStringLower(key.PublicKey.Export(NSec.Cryptography.KeyBlobFormat.RawPublicKey));
            Assert.True(new DiscordOptionsValidator().Validate(null, new DiscordOptions { PublicKey = hex }).Succeeded, hex);
        }
    }

    [Fact]
    public void The_token_is_never_echoed_in_a_failure()
    {
        var options = Valid();
        options.Token = "Bot super-secret";

        Assert.DoesNotContain("super-secret", new DiscordOptionsValidator().Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_is_accepted_for_a_local_fake()
    {
        var options = Valid();
        options.ApiBaseUrl = new Uri("http://127.0.0.1:8080/api/v10");

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
    }
}
