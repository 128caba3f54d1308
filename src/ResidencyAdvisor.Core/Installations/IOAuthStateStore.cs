namespace ResidencyAdvisor.Core.Installations;

/// <summary>
/// The state values of OAuth installs in progress, shared by every instance (the browser may come back to another one):
/// each is accepted once, and only before it expires.
/// </summary>
public interface IOAuthStateStore
{
    Task AddAsync(string state, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>True exactly once for a state that was added and has not expired; it is gone afterwards.</summary>
    Task<bool> TryConsumeAsync(string state, CancellationToken cancellationToken);
}
