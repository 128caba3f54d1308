namespace ResidencyAdvisor.Core.Io;

/// <summary>Reads a request body whole but never past a limit: signatures cover the raw bytes, so they are kept as sent.</summary>
public static class BoundedBody
{
    /// <summary>The bytes, or null when the body is (or declares itself) larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, long? declaredLength, int maxBytes, CancellationToken cancellationToken)
    {
        if (declaredLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream(declaredLength is { } length ? (int)length : 4096);
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
