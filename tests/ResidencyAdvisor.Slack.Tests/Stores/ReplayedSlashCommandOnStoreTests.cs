using System.Net;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Stores;

/// <summary>Issue 18, finding 4, on each durable store: the delivery ledger that stops a replayed slash command is the shared store's.</summary>
public abstract class ReplayedSlashCommandOnStoreTests : StoreBackedTestBed
{
    [StoreFact]
    public async Task A_replayed_advise_forget_after_the_student_answered_again_does_not_erase_the_new_answers()
    {
        await InstallAsync(Slack.AddWorkspace("T0REPLAY", "Replay Medical School"));
        var student = new SlackStudent(Slack, "U0REPLAY", "T0REPLAY");
        await student.ClickAsync(await GreetAsync(student), "USMLE");
        await student.NextMessageAsync();
        var forget = FakeHttpRequest.For("slash_commands", student.SlashCommand("forget"));
        var signedAt = SlackRequestSigner.Timestamp(DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.OK, (await Slack.PostAsync(forget, signedAt)).Status);
        Assert.Contains("has been erased", (await student.NextMessageAsync()).AllText(), StringComparison.Ordinal);
        await student.ClickAsync(await GreetAsync(student), "USMLE");
        await student.NextMessageAsync();

        var (replayed, _) = await Slack.PostAsync(forget, signedAt);
        await TurnsDoneAsync();
        await student.SendDmAsync("continue");
        var resumed = await student.NextMessageAsync();

        Assert.Equal(HttpStatusCode.OK, replayed);
        Assert.Equal("Exam score", resumed.Header);
        Assert.Single(Slack.Messages(student.Channel), m => m.AllText().Contains("has been erased", StringComparison.Ordinal));
    }
}

public sealed class ReplayedSlashCommandOnSqliteTests : ReplayedSlashCommandOnStoreTests
{
    protected override TestStore CreateStore() => new SqliteTestStore();
}

public sealed class ReplayedSlashCommandOnRedisTests : ReplayedSlashCommandOnStoreTests, IRequiresRedis
{
    protected override TestStore CreateStore() => new RedisTestStore();
}
