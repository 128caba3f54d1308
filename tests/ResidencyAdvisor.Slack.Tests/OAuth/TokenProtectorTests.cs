using System.Text;
using ResidencyAdvisor.Slack.OAuth;

namespace ResidencyAdvisor.Slack.Tests.OAuth;

public sealed class TokenProtectorTests
{
    private const string Token = "xoxb-1111-2222-notarealtokenatall";
    private static readonly string KeyA = TokenProtector.NewKey();
    private static readonly string KeyB = TokenProtector.NewKey();

    [Fact]
    public void A_sealed_token_opens_with_the_same_key_and_team()
    {
        var protector = new TokenProtector(KeyA);
        Assert.Equal(Token, protector.Unprotect(protector.Protect(Token, "T1"), "T1"));
    }

    [Fact]
    public void The_sealed_value_contains_no_part_of_the_token()
    {
        var sealedToken = new TokenProtector(KeyA).Protect(Token, "T1");
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(sealedToken["v1.".Length..]));
        Assert.DoesNotContain("xoxb", sealedToken, StringComparison.Ordinal);
        Assert.DoesNotContain("notarealtokenatall", decoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Sealing_the_same_token_twice_gives_different_values()
    {
        var protector = new TokenProtector(KeyA);
        Assert.NotEqual(protector.Protect(Token, "T1"), protector.Protect(Token, "T1"));
    }

    [Fact]
    public void A_token_copied_onto_another_teams_row_does_not_open()
    {
        var protector = new TokenProtector(KeyA);
        Assert.Null(protector.Unprotect(protector.Protect(Token, "T1"), "T2"));
    }

    [Fact]
    public void A_token_sealed_with_another_key_does_not_open()
    {
        var sealedToken = new TokenProtector(KeyB).Protect(Token, "T1");
        Assert.Null(new TokenProtector(KeyA).Unprotect(sealedToken, "T1"));
    }

    [Fact]
    public void After_a_rotation_old_tokens_still_open_and_are_marked_for_resealing()
    {
        var old = new TokenProtector(KeyA).Protect(Token, "T1");
        var rotated = new TokenProtector(KeyB, [KeyA]);

        Assert.Equal(Token, rotated.Unprotect(old, "T1"));
        Assert.True(rotated.NeedsResealing(old));
        Assert.False(rotated.NeedsResealing(rotated.Protect(Token, "T1")));
    }

    [Fact]
    public void A_tampered_value_does_not_open()
    {
        var protector = new TokenProtector(KeyA);
        var blob = Convert.FromBase64String(protector.Protect(Token, "T1")["v1.".Length..]);
        blob[^1] ^= 1;
        Assert.Null(protector.Unprotect("v1." + Convert.ToBase64String(blob), "T1"));
    }

    [Theory]
    [InlineData("xoxb-plain-text")]
    [InlineData("v1.not base64!")]
    [InlineData("v1.AAAA")]
    public void A_value_that_is_not_a_sealed_token_does_not_open(string value) =>
        Assert.Null(new TokenProtector(KeyA).Unprotect(value, "T1"));

    [Theory]
    [InlineData("")]
    [InlineData("c2hvcnQ=")]
    [InlineData("not base64 at all")]
    public void A_key_that_is_not_32_bytes_of_base64_is_rejected(string key)
    {
        Assert.False(TokenProtector.IsValidKey(key));
        Assert.Throws<ArgumentException>(() => new TokenProtector(key));
    }
}
