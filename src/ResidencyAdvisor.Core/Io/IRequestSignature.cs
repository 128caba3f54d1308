namespace ResidencyAdvisor.Core.Io;

/// <summary>
/// A platform's request signature, checked in two steps so that a request without usable signature headers is
/// refused before its body is read. An adapter puts its verifier on its route as this; the reasons are only logged.
/// </summary>
public interface IRequestSignature
{
    string TimestampHeader { get; }

    string SignatureHeader { get; }

    /// <summary>Null when both headers are present, well formed and fresh; otherwise why not.</summary>
    string? RefuseHeaders(string? timestamp, string? signature);

    /// <summary>Null when <paramref name="signature"/> signs <paramref name="timestamp"/> and <paramref name="body"/>; otherwise why not.</summary>
    string? RefuseBody(string timestamp, string signature, ReadOnlySpan<byte> body);
}
