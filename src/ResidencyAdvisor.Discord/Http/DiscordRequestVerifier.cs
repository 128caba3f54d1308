using System.Globalization;
using System.Text;
using NSec.Cryptography;
using ResidencyAdvisor.Core.Io;

namespace ResidencyAdvisor.Discord.Http;

/// <summary>
/// Proves a request to the interactions endpoint came from Discord: X-Signature-Ed25519 is the application's Ed25519
/// signature of X-Signature-Timestamp followed by the raw body. Discord itself probes the endpoint with bad signatures
/// and expects them refused.
/// </summary>
internal sealed class DiscordRequestVerifier : IRequestSignature
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    /// <summary>Discord sends each interaction once; an old signed request can only be a replay.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private const int PublicKeyBytes = 32;
    private const int SignatureBytes = 64;
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    private readonly PublicKey _key;
    private readonly TimeProvider _time;

    public DiscordRequestVerifier(string publicKeyHex, TimeProvider time)
    {
        if (!TryParsePublicKey(publicKeyHex, out var key))
        {
            throw new ArgumentException("The public key must be the 64 hex characters shown in the developer portal.", nameof(publicKeyHex));
        }

        _key = key;
        _time = time;
    }

    /// <summary>Whether <paramref name="hex"/> is a usable Ed25519 public key (and not a weak, small-order one); for start-up validation.</summary>
    public static bool IsValidPublicKey(string? hex) => TryParsePublicKey(hex, out _);

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
        Convert.FromHexString(signature!, claimed, out _, out _);
        var signed = new byte[timestamp!.Length + body.Length];
        Encoding.ASCII.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(timestamp.Length));
        return Algorithm.Verify(_key, signed, claimed) ? RequestCheck.Valid : RequestCheck.BadSignature;
    }

    /// <summary>Everything that can be checked before the body is read: presence, format and age.</summary>
    public RequestCheck CheckHeaders(string? timestamp, string? signature)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return RequestCheck.MissingHeaders;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (_time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > MaxAge)
        {
            return RequestCheck.StaleTimestamp;
        }

        Span<byte> claimed = stackalloc byte[SignatureBytes];
        return signature.Length == SignatureBytes * 2
            && Convert.FromHexString(signature, claimed, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == SignatureBytes
                ? RequestCheck.Valid
                : RequestCheck.BadSignature;
    }

    string? IRequestSignature.RefuseHeaders(string? timestamp, string? signature) =>
        CheckHeaders(timestamp, signature) is var check && check == RequestCheck.Valid ? null : check.ToString();

    string? IRequestSignature.RefuseBody(string timestamp, string signature, ReadOnlySpan<byte> body) =>
        Verify(timestamp, signature, body) is var check && check == RequestCheck.Valid ? null : check.ToString();

    private static bool TryParsePublicKey(string? hex, out PublicKey key)
    {
        key = null!;
        Span<byte> raw = stackalloc byte[PublicKeyBytes];
        return hex is { Length: PublicKeyBytes * 2 }
            && Convert.FromHexString(hex, raw, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == PublicKeyBytes
            && !Ed25519SmallOrder.IsWeak(raw)
            && PublicKey.TryImport(Algorithm, raw, KeyBlobFormat.RawPublicKey, out key!);
    }
}
