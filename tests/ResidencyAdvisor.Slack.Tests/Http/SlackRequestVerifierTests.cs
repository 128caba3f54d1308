using System.Text;
using Microsoft.Extensions.Time.Testing;
using ResidencyAdvisor.Core.Io;
using ResidencyAdvisor.Slack.Http;

namespace ResidencyAdvisor.Slack.Tests.Http;

public sealed class SlackRequestVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("token=x&team_id=T1&command=%2Fadvise&text=");

    private readonly FakeTimeProvider _time = new(Now);

    private SlackRequestVerifier Verifier => new(Secret, _time);

    private static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_request_signed_with_the_secret_just_now_is_valid()
    {
        var ts = Timestamp(Now);
        Assert.Equal(RequestCheck.Valid, Verifier.Verify(ts, Verifier.Sign(ts, Body), Body));
    }

    [Fact]
    public void The_signature_matches_the_example_in_Slacks_documentation()
    {
        // Slack's "Verifying requests" page works through this secret, timestamp and body.
        var body = Encoding.UTF8.GetBytes("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
        var verifier = new SlackRequestVerifier(Secret, new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618)));
        Assert.Equal("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", verifier.Sign("1531420618", body));
    }

    [Fact]
    public void A_body_altered_after_signing_is_refused()
    {
        var ts = Timestamp(Now);
        var signature = Verifier.Sign(ts, Body);
        var altered = Encoding.UTF8.GetBytes("token=x&team_id=T2&command=%2Fadvise&text=");
        Assert.Equal(RequestCheck.BadSignature, Verifier.Verify(ts, signature, altered));
    }

    [Fact]
    public void A_signature_made_with_another_secret_is_refused()
    {
        var ts = Timestamp(Now);
        var forged = new SlackRequestVerifier("not-the-secret", _time).Sign(ts, Body);
        Assert.Equal(RequestCheck.BadSignature, Verifier.Verify(ts, forged, Body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v0=")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5030")]
    public void A_malformed_signature_header_is_refused(string signature)
    {
        var result = Verifier.Verify(Timestamp(Now), signature, Body);
        Assert.NotEqual(RequestCheck.Valid, result);
    }

    [Fact]
    public void A_timestamp_more_than_five_minutes_old_is_refused_even_with_a_good_signature()
    {
        var ts = Timestamp(Now - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.Equal(RequestCheck.StaleTimestamp, Verifier.Verify(ts, Verifier.Sign(ts, Body), Body));
    }

    [Fact]
    public void A_timestamp_from_the_future_is_refused_past_the_same_window()
    {
        var ts = Timestamp(Now + TimeSpan.FromMinutes(6));
        Assert.Equal(RequestCheck.StaleTimestamp, Verifier.Verify(ts, Verifier.Sign(ts, Body), Body));
    }

    [Theory]
    [InlineData(null, "v0=00")]
    [InlineData("1531420618", null)]
    [InlineData("", "")]
    public void Missing_headers_are_refused(string? timestamp, string? signature) =>
        Assert.Equal(RequestCheck.MissingHeaders, Verifier.Verify(timestamp, signature, Body));

    [Theory]
    [InlineData("-5")]
    [InlineData("12ab")]
    [InlineData("99999999999999999999")]
    public void A_timestamp_that_is_not_unix_seconds_is_refused(string timestamp) =>
        Assert.Equal(RequestCheck.StaleTimestamp, Verifier.Verify(timestamp, "v0=" + new string('0', 64), Body));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void No_signing_secret_means_no_verifier(string secret) =>
        Assert.ThrowsAny<ArgumentException>(() => new SlackRequestVerifier(secret, TimeProvider.System));
}
