namespace ResidencyAdvisor.Core.Installations;

/// <summary>
/// The OAuth states that completed an install, shared by every instance (the browser may come back to another one).
/// Issuing a state writes nothing: the adapter signs it and it carries its own expiry. Only a state that completes an
/// install is recorded, until it expires, so replaying it is refused on every instance while an install link flood
/// costs the store nothing.
/// </summary>
public interface IOAuthStateStore
{
    /// <summary>True when <paramref name="state"/> already completed an install.</summary>
    Task<bool> IsUsedAsync(string state, CancellationToken cancellationToken);

    /// <summary>
    /// Records <paramref name="state"/> as used until <paramref name="expiresAt"/>; true for exactly one caller, false
    /// when it was already recorded (a replay racing the first use).
    /// </summary>
    Task<bool> TryMarkUsedAsync(string state, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
