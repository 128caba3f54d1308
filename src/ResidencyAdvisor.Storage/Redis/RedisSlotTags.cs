using System.Text;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>
/// Redis Cluster's key slots (CRC16 of the key, or of its {hash tag}, modulo 16384) and, for each slot, a short tag that
/// falls in it. A key built with <see cref="TagOf"/> lands in the same slot as the key it was given, so one script may
/// touch both, without the second key's name repeating the first's (which holds the student's platform user id).
/// </summary>
internal static class RedisSlotTags
{
    public const int SlotCount = 16384;

    // Filled once: the numbers 0, 1, 2, ... cover all 16384 slots within about 170,000 tries (a few milliseconds).
    private static readonly Lazy<string[]> Tags = new(() =>
    {
        var tags = new string[SlotCount];
        var missing = SlotCount;
        for (var n = 0; missing > 0; n++)
        {
            var tag = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ref var slot = ref tags[Crc16(Encoding.ASCII.GetBytes(tag)) % SlotCount];
            if (slot is null)
            {
                slot = tag;
                missing--;
            }
        }

        return tags;
    });

    /// <summary>"{tag}", a hash tag for a key that must share <paramref name="key"/>'s slot.</summary>
    public static string TagOf(string key) => "{" + Tags.Value[SlotOf(key)] + "}";

    /// <summary>The slot Redis Cluster gives <paramref name="key"/>, hash tags included.</summary>
    public static int SlotOf(string key)
    {
        var bytes = Encoding.UTF8.GetBytes(key);
        var open = Array.IndexOf(bytes, (byte)'{');
        if (open >= 0)
        {
            var close = Array.IndexOf(bytes, (byte)'}', open + 1);
            if (close > open + 1)
            {
                return Crc16(bytes.AsSpan(open + 1, close - open - 1)) % SlotCount;
            }
        }

        return Crc16(bytes) % SlotCount;
    }

    /// <summary>CRC16-CCITT (XModem), as Redis Cluster computes it.</summary>
    private static int Crc16(ReadOnlySpan<byte> data)
    {
        var crc = 0;
        foreach (var b in data)
        {
            crc ^= b << 8;
            for (var i = 0; i < 8; i++)
            {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }

            crc &= 0xFFFF;
        }

        return crc;
    }
}
