namespace ResidencyAdvisor.Core.Io;

/// <summary>
/// What <see cref="SignedRequestStart"/> found: the verified body, or the HTTP status to answer and why (for the log).
/// </summary>
public sealed record SignedRequest(byte[]? Body, int Status, string? Refusal)
{
    public const int Unsigned = 401;
    public const int TooSlow = 408;
    public const int TooLarge = 413;

    /// <summary>
    /// A refused body may not have been read to its end, and keeping the connection would mean reading (draining) the
    /// rest anyway; platforms never send refused requests, so closing costs them nothing.
    /// </summary>
    public bool CloseConnection => Body is null;

    internal static SignedRequest Refused(int status, string refusal) => new(null, status, refusal);
}
