using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Installations;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>The installation and OAuth-state half of the contract: every store keeps workspaces and install states alike.</summary>
public abstract partial class ConversationStoreContract
{
    private IInstallationStore? _installations;
    private IOAuthStateStore? _states;

    protected IInstallationStore Installations => _installations ??= CreateInstallations();

    protected IOAuthStateStore States => _states ??= CreateOAuthStates();

    protected abstract IInstallationStore CreateInstallations();

    protected abstract IOAuthStateStore CreateOAuthStates();

    private static Installation Workspace(string team, string token = "v1.sealed") =>
        new("slack", team, null, "UBOT" + team, token, Start);

    [StoreFact]
    public async Task An_installation_is_found_by_platform_and_team_and_a_reinstall_replaces_it()
    {
        await Installations.SaveAsync(Workspace("T1", "v1.first") with { EnterpriseId = "E1" }, default);
        await Installations.SaveAsync(Workspace("T1", "v1.second"), default);

        var found = await Installations.FindAsync("slack", "T1", default);

        Assert.Equal(("UBOTT1", "v1.second", (string?)null, Start), (found?.BotUserId, found?.SealedBotToken, found?.EnterpriseId, found?.InstalledAt));
        Assert.Null(await Installations.FindAsync("slack", "T2", default));
        Assert.Null(await Installations.FindAsync("discord", "T1", default));
    }

    [StoreFact]
    public async Task Forgetting_a_team_erases_its_installation_and_its_students_conversations_and_nothing_else()
    {
        await Installations.SaveAsync(Workspace("T1"), default);
        await Installations.SaveAsync(Workspace("T10"), default);
        var (gone, alsoGone) = (new ConversationKey("slack", "T1", "U1"), new ConversationKey("slack", "T1", "U2"));
        var (otherTeam, prefixTwin, otherPlatform) =
            (new ConversationKey("slack", "T2", "U1"), new ConversationKey("slack", "T10", "U1"), new ConversationKey("discord", "T1", "U1"));
        foreach (var key in new[] { gone, alsoGone, otherTeam, prefixTwin, otherPlatform })
        {
            Assert.True(await Store.TrySaveAsync(key, NewState(), default));
        }

        var erased = await Installations.DeleteAsync("slack", "T1", default);

        Assert.Equal(2, erased);
        Assert.Null(await Installations.FindAsync("slack", "T1", default));
        Assert.NotNull(await Installations.FindAsync("slack", "T10", default));
        Assert.Null(await Store.LoadAsync(gone, default));
        Assert.Null(await Store.LoadAsync(alsoGone, default));
        Assert.NotNull(await Store.LoadAsync(otherTeam, default));
        Assert.NotNull(await Store.LoadAsync(prefixTwin, default));
        Assert.NotNull(await Store.LoadAsync(otherPlatform, default));
    }

    [StoreFact]
    public async Task An_OAuth_state_completes_one_install_and_is_then_known_as_used()
    {
        var expires = Time.GetUtcNow() + TimeSpan.FromMinutes(10);

        Assert.False(await States.IsUsedAsync("state-once", default));
        Assert.True(await States.TryMarkUsedAsync("state-once", expires, default));
        Assert.False(await States.TryMarkUsedAsync("state-once", expires, default));
        Assert.True(await States.IsUsedAsync("state-once", default));
        Assert.False(await States.IsUsedAsync("state-never-used", default));
    }
}
