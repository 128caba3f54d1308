using System.Numerics;

namespace ResidencyAdvisor.Discord.Http;

/// <summary>
/// Finds Ed25519 public keys of small order (the identity, the all-zero key and the other points whose order divides
/// 8), which the key import accepts: with such a key a forged signature can verify for any message, so a mistyped or
/// planted Discord:PublicKey would let anyone through the interactions endpoint. Plain curve arithmetic from RFC 8032
/// (section 5.1), run once at start-up, so speed and constant time do not matter here.
/// </summary>
internal static class Ed25519SmallOrder
{
    private static readonly BigInteger P = BigInteger.Pow(2, 255) - 19;
    private static readonly BigInteger D = Mod(-121665 * Inverse(121666));
    private static readonly BigInteger SqrtMinusOne = BigInteger.ModPow(2, (P - 1) / 4, P);

    /// <summary>
    /// True when <paramref name="encoded"/> (32 bytes) is a point of small order, or is no usable point at all: not on
    /// the curve, or a non-canonical encoding (y not below p), which the portal never shows.
    /// </summary>
    public static bool IsWeak(ReadOnlySpan<byte> encoded)
    {
        if (encoded.Length != 32)
        {
            return true;
        }

        Span<byte> bytes = stackalloc byte[32];
        encoded.CopyTo(bytes);
        bytes[31] &= 0x7f;
        var y = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        if (y >= P || RecoverX(y) is not { } x)
        {
            return true;
        }

        // The sign of x does not change the order, so the recovered root serves for both.
        var (px, py) = (x, y);
        for (var doubling = 0; doubling < 3; doubling++)
        {
            (px, py) = Add(px, py, px, py);
        }

        return px.IsZero && py.IsOne;
    }

    /// <summary>A root x of x² = (y² − 1) / (d·y² + 1), or null when y is not on the curve.</summary>
    private static BigInteger? RecoverX(BigInteger y)
    {
        var u = Mod(y * y - 1);
        var v = Mod(D * y * y + 1);
        var x = BigInteger.ModPow(Mod(u * Inverse(v)), (P + 3) / 8, P);
        var check = Mod(v * x * x);
        if (check == u)
        {
            return x;
        }

        return check == Mod(-u) ? Mod(x * SqrtMinusOne) : null;
    }

    /// <summary>Point addition on −x² + y² = 1 + d·x²·y², complete because d is not a square.</summary>
    private static (BigInteger X, BigInteger Y) Add(BigInteger x1, BigInteger y1, BigInteger x2, BigInteger y2)
    {
        var t = Mod(D * x1 * x2 * y1 * y2);
        var x3 = Mod((x1 * y2 + y1 * x2) * Inverse(Mod(1 + t)));
        var y3 = Mod((y1 * y2 + x1 * x2) * Inverse(Mod(1 - t)));
        return (x3, y3);
    }

    private static BigInteger Inverse(BigInteger value) => BigInteger.ModPow(Mod(value), P - 2, P);

    private static BigInteger Mod(BigInteger value)
    {
        var r = value % P;
        return r.Sign < 0 ? r + P : r;
    }
}
