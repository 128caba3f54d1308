using System.Buffers;

namespace ResidencyAdvisor.Core.Io;

/// <summary>Reads a request body whole but never past a limit: signatures cover the raw bytes, so they are kept as sent.</summary>
public static class BoundedBody
{
    private const int FirstBufferBytes = 4096;

    /// <summary>The bytes, or null when the body is (or declares itself) larger than <paramref name="maxBytes"/>.</summary>
    /// <remarks>
    /// Memory follows the bytes that arrived, not the declared length: a sender that declares the limit and then
    /// trickles costs a small pooled buffer, not the limit per connection.
    /// </remarks>
    public static async Task<byte[]?> ReadAsync(Stream body, long? declaredLength, int maxBytes, CancellationToken cancellationToken)
    {
        if (declaredLength > maxBytes)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(FirstBufferBytes, maxBytes + 1));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    // One byte past the limit is enough to know the body is too large.
                    buffer = Grow(buffer, Math.Min(buffer.Length * 2, maxBytes + 1));
                }

                var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    return buffer.AsSpan(0, length).ToArray();
                }

                length += read;
                if (length > maxBytes)
                {
                    return null;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(size);
        buffer.CopyTo(larger, 0);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
