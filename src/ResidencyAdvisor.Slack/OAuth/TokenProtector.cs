using System.Security.Cryptography;
using System.Text;

namespace ResidencyAdvisor.Slack.OAuth;

/// <summary>
/// Encrypts each workspace's bot token with AES-256-GCM before it reaches the store, so a stolen database file alone
/// reveals none. The team id is bound in as associated data: a ciphertext copied onto another team's row does not open.
/// Older keys stay readable during a rotation; new tokens are always sealed with the current key.
/// </summary>
internal sealed class TokenProtector
{
    private const string Prefix = "v1.";
    private const int KeyBytes = 32;
    private const int KeyIdBytes = 4;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly byte[] _current;
    private readonly byte[] _currentId;
    private readonly Dictionary<uint, byte[]> _byId = [];

    public TokenProtector(string currentKey, IEnumerable<string>? previousKeys = null)
    {
        _current = ParseKey(currentKey);
        _currentId = KeyId(_current);
        _byId[BitConverter.ToUInt32(_currentId)] = _current;
        foreach (var previous in previousKeys ?? [])
        {
            var key = ParseKey(previous);
            _byId.TryAdd(BitConverter.ToUInt32(KeyId(key)), key);
        }
    }

    /// <summary>Whether <paramref name="base64"/> is a usable key (32 random bytes, base64); for start-up validation.</summary>
    public static bool IsValidKey(string? base64)
    {
        Span<byte> buffer = stackalloc byte[KeyBytes + 3];
        return base64 is not null && Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written == KeyBytes;
    }

    /// <summary>A fresh random key, base64: what README tells an operator to generate.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));

    public string Protect(string token, string teamId)
    {
        var plain = Encoding.UTF8.GetBytes(token);
        var blob = new byte[KeyIdBytes + NonceBytes + plain.Length + TagBytes];
        var span = blob.AsSpan();
        _currentId.CopyTo(span);
        var nonce = span.Slice(KeyIdBytes, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_current, TagBytes);
        aes.Encrypt(nonce, plain, span.Slice(KeyIdBytes + NonceBytes, plain.Length), span[^TagBytes..], Encoding.UTF8.GetBytes(teamId));
        CryptographicOperations.ZeroMemory(plain);
        return Prefix + Convert.ToBase64String(blob);
    }

    /// <summary>The token, or null when the value is not ours, was sealed for another team, or its key is gone.</summary>
    public string? Unprotect(string sealedToken, string teamId)
    {
        if (!sealedToken.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        byte[] blob;
        try
        {
            blob = Convert.FromBase64String(sealedToken[Prefix.Length..]);
        }
        catch (FormatException)
        {
            return null;
        }

        if (blob.Length < KeyIdBytes + NonceBytes + TagBytes
            || !_byId.TryGetValue(BitConverter.ToUInt32(blob, 0), out var key))
        {
            return null;
        }

        var span = blob.AsSpan();
        var cipher = span[(KeyIdBytes + NonceBytes)..^TagBytes];
        var plain = new byte[cipher.Length];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(span.Slice(KeyIdBytes, NonceBytes), cipher, span[^TagBytes..], plain, Encoding.UTF8.GetBytes(teamId));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    /// <summary>Whether the value was sealed with an older key and should be re-sealed with the current one.</summary>
    public bool NeedsResealing(string sealedToken)
    {
        try
        {
            var blob = Convert.FromBase64String(sealedToken[Prefix.Length..]);
            return !blob.AsSpan(0, KeyIdBytes).SequenceEqual(_currentId);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] ParseKey(string base64)
    {
        if (!IsValidKey(base64))
        {
            throw new ArgumentException("A token key must be 32 random bytes, base64-encoded.", nameof(base64));
        }

        return Convert.FromBase64String(base64.Trim());
    }

    /// <summary>A short public fingerprint of a key, so a sealed token names which key opens it.</summary>
    private static byte[] KeyId(byte[] key) => SHA256.HashData(key)[..KeyIdBytes];
}
