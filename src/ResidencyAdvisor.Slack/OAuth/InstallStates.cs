using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ResidencyAdvisor.Slack.OAuth;

/// <summary>
/// The OAuth state of an install: a random nonce and its expiry, signed with a key derived from Slack:TokenKey (which
/// every instance shares), so issuing one writes nothing anywhere and any instance can check it on the redirect.
/// Binding to the browser is the cookie's job; being used once is the store's.
/// </summary>
internal sealed class InstallStates(IOptions<SlackOptions> options, TimeProvider time)
{
    private const int NonceBytes = 16;
    private const int ExpiryBytes = 8;
    private const int MacBytes = 32;
    private const int SignedBytes = NonceBytes + ExpiryBytes;

    private readonly Lazy<byte[]> _key = new(() => HKDF.DeriveKey(HashAlgorithmName.SHA256,
        Convert.FromBase64String(options.Value.TokenKey), 32, [], "ResidencyAdvisor Slack install state"u8.ToArray()));

    public string Issue(TimeSpan lifetime)
    {
        Span<byte> state = stackalloc byte[SignedBytes + MacBytes];
        RandomNumberGenerator.Fill(state[..NonceBytes]);
        BinaryPrimitives.WriteInt64BigEndian(state[NonceBytes..SignedBytes], (time.GetUtcNow() + lifetime).ToUnixTimeMilliseconds());
        HMACSHA256.HashData(_key.Value, state[..SignedBytes], state[SignedBytes..]);
        return WebEncoders.Base64UrlEncode(state);
    }

    /// <summary>When a state this deployment issued expires; null for one it did not issue, altered or expired.</summary>
    public DateTimeOffset? ExpiryOf(string state)
    {
        byte[] raw;
        try
        {
            raw = WebEncoders.Base64UrlDecode(state);
        }
        catch (FormatException)
        {
            return null;
        }

        if (raw.Length != SignedBytes + MacBytes)
        {
            return null;
        }

        Span<byte> expected = stackalloc byte[MacBytes];
        HMACSHA256.HashData(_key.Value, raw.AsSpan(0, SignedBytes), expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, raw.AsSpan(SignedBytes)))
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(raw.AsSpan(NonceBytes, ExpiryBytes)));
        return time.GetUtcNow() < expires ? expires : null;
    }
}
