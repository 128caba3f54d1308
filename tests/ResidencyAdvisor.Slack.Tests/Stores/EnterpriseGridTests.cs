using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Stores;

/// <summary>
/// Issue 18, finding 5, on each durable store: an Enterprise Grid org installs the app once for all its workspaces
/// (stored and found by enterprise id), or a workspace of an org installs it on its own (by team id); letting the app
/// go works for both.
/// </summary>
public abstract class EnterpriseGridTests : StoreBackedTestBed
{
    private const string Org = "E0GRID";

    [StoreFact]
    public async Task An_org_wide_install_answers_a_student_of_one_of_its_workspaces_with_the_org_token()
    {
        var org = Slack.AddOrganization(Org, "Grid University");
        var page = await InstallAsync(org);
        var student = new SlackStudent(Slack, "W0RADIOLOGY", "T0GRIDMED", Org, enterpriseInstall: true);

        await student.ClickAsync(await GreetAsync(student), "USMLE");
        var second = await student.NextMessageAsync();
        await student.SlashCommandAsync();
        var resumed = await student.NextMessageAsync();

        Assert.Contains("installed for all of Grid University", page, StringComparison.Ordinal);
        Assert.Equal("Exam score", second.Header);
        Assert.Equal("Exam score", resumed.Header);
        AssertEveryCallCarries(student.Channel, org.BotToken);
        Assert.Equal(Org, (await Adapter.Installations.FindAsync("slack", Org, default))?.EnterpriseId);
    }

    [StoreFact]
    public async Task Students_of_two_workspaces_of_the_org_are_both_answered_with_the_org_token()
    {
        var org = Slack.AddOrganization(Org, "Grid University");
        await InstallAsync(org);
        var medicine = new SlackStudent(Slack, "W0MED", "T0GRIDMED", Org, enterpriseInstall: true);
        var imaging = new SlackStudent(Slack, "W0IMG", "T0GRIDIMG", Org, enterpriseInstall: true);

        var firsts = await Task.WhenAll(GreetAsync(medicine), GreetAsync(imaging));

        Assert.All(firsts, m => Assert.Equal("Licensing exam", m.Header));
        AssertEveryCallCarries(medicine.Channel, org.BotToken);
        AssertEveryCallCarries(imaging.Channel, org.BotToken);
    }

    [StoreFact]
    public async Task A_workspace_that_installs_on_its_own_inside_an_org_is_answered_with_its_own_token()
    {
        var own = Slack.AddWorkspaceOf(Org, "T0OWN", "Own Radiology Club");
        var page = await InstallAsync(own);
        var student = new SlackStudent(Slack, "W0OWN", own.TeamId, Org);

        var first = await GreetAsync(student);

        Assert.Contains("now part of Own Radiology Club", page, StringComparison.Ordinal);
        Assert.Equal("Licensing exam", first.Header);
        AssertEveryCallCarries(student.Channel, own.BotToken);
        Assert.Equal(Org, (await Adapter.Installations.FindAsync("slack", own.TeamId, default))?.EnterpriseId);
    }

    [StoreFact]
    public async Task Uninstalling_the_org_wide_install_erases_the_students_of_every_workspace_and_answers_none_after()
    {
        await InstallAsync(Slack.AddOrganization(Org, "Grid University"));
        var medicine = new SlackStudent(Slack, "W0MED", "T0GRIDMED", Org, enterpriseInstall: true);
        var imaging = new SlackStudent(Slack, "W0IMG", "T0GRIDIMG", Org, enterpriseInstall: true);
        await medicine.ClickAsync(await GreetAsync(medicine), "USMLE");
        await medicine.NextMessageAsync();
        await GreetAsync(imaging);

        await LetGoAsync("app_uninstalled", "T0GRIDMED", Org, enterpriseInstall: true);
        await imaging.SendDmAsync("241");
        await WaitForRefusalsAsync(Org, 1);

        Assert.Null(await Adapter.Installations.FindAsync("slack", Org, default));
        Assert.Equal(0, imaging.UnreadMessages);
        Assert.Empty(await FindInStoreAsync(Org, medicine.UserId, imaging.UserId));
    }

    [StoreFact]
    public async Task Revoking_the_token_of_a_workspace_installed_inside_an_org_erases_it_and_leaves_the_org_install()
    {
        var org = Slack.AddOrganization(Org, "Grid University");
        await InstallAsync(org);
        var own = Slack.AddWorkspaceOf(Org, "T0OWN", "Own Radiology Club");
        await InstallAsync(own);
        var ownStudent = new SlackStudent(Slack, "W0OWN", own.TeamId, Org);
        var orgStudent = new SlackStudent(Slack, "W0MED", "T0GRIDMED", Org, enterpriseInstall: true);
        await GreetAsync(ownStudent);

        await LetGoAsync("tokens_revoked", own.TeamId, Org);
        var orgFirst = await GreetAsync(orgStudent);

        Assert.Null(await Adapter.Installations.FindAsync("slack", own.TeamId, default));
        Assert.Empty(await FindInStoreAsync(own.TeamId, ownStudent.UserId));
        Assert.Equal("Licensing exam", orgFirst.Header);
        AssertEveryCallCarries(orgStudent.Channel, org.BotToken);
    }
}

public sealed class EnterpriseGridOnSqliteTests : EnterpriseGridTests
{
    protected override TestStore CreateStore() => new SqliteTestStore();
}

public sealed class EnterpriseGridOnRedisTests : EnterpriseGridTests, IRequiresRedis
{
    protected override TestStore CreateStore() => new RedisTestStore();
}
