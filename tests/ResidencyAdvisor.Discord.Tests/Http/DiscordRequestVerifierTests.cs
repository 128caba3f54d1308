using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using NSec.Cryptography;
using ResidencyAdvisor.Core.Io;
using ResidencyAdvisor.Discord.Http;

namespace ResidencyAdvisor.Discord.Tests.Http;

public sealed class DiscordRequestVerifierTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":1,"id":"1","application_id":"42"}""");

    private readonly Key _application = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly FakeTimeProvider _time = new(Now);

    private DiscordRequestVerifier Verifier => new(Hex(_application.PublicKey.Export(KeyBlobFormat.RawPublicKey)), _time);

    public void Dispose() => _application.Dispose();

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Sign(Key key, string timestamp, byte[] body) =>
        Hex(SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.ASCII.GetBytes(timestamp), .. body]));

    [Fact]
    public void A_request_signed_by_the_application_key_is_valid()
    {
        var ts = Timestamp(Now);
        Assert.Equal(RequestCheck.Valid, Verifier.Verify(ts, Sign(_application, ts, Body), Body));
    }

    [Fact]
    public void A_request_signed_by_another_key_is_refused()
    {
        using var other = Key.Create(SignatureAlgorithm.Ed25519);
        var ts = Timestamp(Now);
        Assert.Equal(RequestCheck.BadSignature, Verifier.Verify(ts, Sign(other, ts, Body), Body));
    }

    [Fact]
    public void A_body_altered_after_signing_is_refused()
    {
        var ts = Timestamp(Now);
        var signature = Sign(_application, ts, Body);
        Assert.Equal(RequestCheck.BadSignature, Verifier.Verify(ts, signature, Encoding.UTF8.GetBytes("""{"type":2}""")));
    }

    [Fact]
    public void A_signature_moved_to_another_timestamp_is_refused()
    {
        var signature = Sign(_application, Timestamp(Now), Body);
        Assert.Equal(RequestCheck.BadSignature, Verifier.Verify(Timestamp(Now.AddSeconds(1)), signature, Body));
    }

    [Fact]
    public void A_request_signed_more_than_five_minutes_ago_is_refused()
    {
        var ts = Timestamp(Now - TimeSpan.FromMinutes(6));
        Assert.Equal(RequestCheck.StaleTimestamp, Verifier.Verify(ts, Sign(_application, ts, Body), Body));
    }

    [Theory]
    [InlineData(null, "00")]
    [InlineData("1764504000", null)]
    [InlineData("", "")]
    public void Missing_headers_are_refused(string? timestamp, string? signature) =>
        Assert.Equal(RequestCheck.MissingHeaders, Verifier.Verify(timestamp, signature, Body));

    [Theory]
    [InlineData("zz")]
    [InlineData("00")]
    public void A_signature_that_is_not_64_bytes_of_hex_is_refused(string signature) =>
        Assert.Equal(RequestCheck.BadSignature, Verifier.Verify(Timestamp(Now), signature, Body));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz1cd0f4c1e0d6b9b02c1d8f4b6a3e3f0ad3c1b8d2e4f5a6b7c8d9e0f1a2b3c4")]
    public void A_public_key_that_is_not_32_bytes_of_hex_is_rejected(string key)
    {
        Assert.False(DiscordRequestVerifier.IsValidPublicKey(key));
        Assert.Throws<ArgumentException>(() => new DiscordRequestVerifier(key, _time));
    }
}
