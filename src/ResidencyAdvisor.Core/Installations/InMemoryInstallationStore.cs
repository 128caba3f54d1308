using System.Collections.Concurrent;
using ResidencyAdvisor.Core.Conversations.Persistence;

namespace ResidencyAdvisor.Core.Installations;

/// <summary>Installations in this process, erasing a team's conversations (and posted-message ids) from the in-memory stores.</summary>
public sealed class InMemoryInstallationStore(InMemoryConversationStore conversations, InMemoryPostedMessageStore? posted = null)
    : IInstallationStore
{
    private readonly ConcurrentDictionary<string, Installation> _installations = new(StringComparer.Ordinal);

    public Task SaveAsync(Installation installation, CancellationToken cancellationToken)
    {
        _installations[Key(installation.Platform, installation.TeamId)] = installation;
        return Task.CompletedTask;
    }

    public Task<Installation?> FindAsync(string platform, string teamId, CancellationToken cancellationToken) =>
        Task.FromResult(_installations.GetValueOrDefault(Key(platform, teamId)));

    public Task<int> DeleteAsync(string platform, string teamId, CancellationToken cancellationToken)
    {
        // The installation goes first, as in the other stores: a turn saved after the erasure below then finds it gone
        // when it checks again, and erases its own save.
        _installations.TryRemove(Key(platform, teamId), out _);
        var erased = conversations.DeleteScope(platform, teamId);
        posted?.DeleteScope(platform, teamId);
        return Task.FromResult(erased);
    }

    private static string Key(string platform, string teamId) => platform + ":" + teamId;
}
