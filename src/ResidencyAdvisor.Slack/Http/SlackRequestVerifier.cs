using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Slack.Http;

/// <summary>
/// Proves a request came from Slack: its timestamp is within five minutes of now and its X-Slack-Signature is
/// <c>v0=</c> + hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c> keyed with the signing secret.
/// </summary>
internal sealed class SlackRequestVerifier : IRequestSignature
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";

    /// <summary>Slack's own advice: anything older is treated as a replay.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private const int SignatureBytes = 32;
    private readonly byte[] _secret;
    private readonly TimeProvider _time;

    public SlackRequestVerifier(string signingSecret, TimeProvider time)
    {
        // Fail closed: with no secret every signature would be computable by anyone.
        ArgumentException.ThrowIfNullOrWhiteSpace(signingSecret);
        _secret = Encoding.UTF8.GetBytes(signingSecret);
        _time = time;
    }

    string IRequestSignature.TimestampHeader => TimestampHeader;

    string IRequestSignature.SignatureHeader => SignatureHeader;

    public RequestCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var headers = CheckHeaders(timestamp, signature);
        if (headers != RequestCheck.Valid)
        {
            return headers;
        }

        Span<byte> claimed = stackalloc byte[SignatureBytes];
        TryParseSignature(signature!, claimed);
        Span<byte> expected = stackalloc byte[SignatureBytes];
        Compute(timestamp!, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, claimed) ? RequestCheck.Valid : RequestCheck.BadSignature;
    }

    /// <summary>Everything that can be checked before the body is read: presence, format and age.</summary>
    public RequestCheck CheckHeaders(string? timestamp, string? signature)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return RequestCheck.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return RequestCheck.StaleTimestamp;
        }

        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > MaxAge)
        {
            return RequestCheck.StaleTimestamp;
        }

        Span<byte> claimed = stackalloc byte[SignatureBytes];
        return TryParseSignature(signature, claimed) ? RequestCheck.Valid : RequestCheck.BadSignature;
    }

    string? IRequestSignature.RefuseHeaders(string? timestamp, string? signature) =>
        CheckHeaders(timestamp, signature) is var check && check == RequestCheck.Valid ? null : check.ToString();

    string? IRequestSignature.RefuseBody(string timestamp, string signature, ReadOnlySpan<byte> body) =>
        Verify(timestamp, signature, body) is var check && check == RequestCheck.Valid ? null : check.ToString();

    /// <summary>The header value Slack would send for this body; used by tests and the loopback fakes.</summary>
    public string Sign(string timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> mac = stackalloc byte[SignatureBytes];
        Compute(timestamp, body, mac);
        return Version + "=" + Convert.ToHexStringLower(mac);
    }

    private void Compute(string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret);
        hmac.AppendData(Encoding.ASCII.GetBytes($"{Version}:{timestamp}:"));
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }

    private static bool TryParseSignature(string header, Span<byte> destination)
    {
        var prefix = Version + "=";
        if (!header.StartsWith(prefix, StringComparison.Ordinal) || header.Length != prefix.Length + (SignatureBytes * 2))
        {
            return false;
        }

        return Convert.FromHexString(header.AsSpan(prefix.Length), destination, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == SignatureBytes;
    }
}
