namespace ResidencyAdvisor.Core.Installations;

/// <summary>The workspaces that installed the app, one per platform and team, kept where the conversations are kept.</summary>
public interface IInstallationStore
{
    /// <summary>Adds or replaces the team's installation (a reinstall brings a new token).</summary>
    Task SaveAsync(Installation installation, CancellationToken cancellationToken);

    Task<Installation?> FindAsync(string platform, string teamId, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets the team: deletes its installation, if any, and erases every conversation of its members
    /// (keys <c>platform:teamId:*</c>). Returns how many conversations were erased. The installation is gone before
    /// (or, in one transaction, with) the conversations, so a turn that saves while this runs and then checks the
    /// installation again always either is erased here or finds the installation gone and erases its own save.
    /// </summary>
    Task<int> DeleteAsync(string platform, string teamId, CancellationToken cancellationToken);
}
