using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Stores;

/// <summary>
/// Issue 19, on each durable store: a message's event id is recorded by the save of the turn it answers, so a retry that
/// reaches another instance while the first is still saving is answered once, by whichever save comes first.
/// </summary>
public abstract class RetriedMessageOnStoreTests : StoreBackedTestBed
{
    [StoreFact]
    public async Task A_message_retried_to_a_second_instance_while_the_first_is_still_saving_it_is_answered_once()
    {
        await InstallAsync(Slack.AddWorkspace("T0RETRY", "Retry Medical School"));
        var student = new SlackStudent(Slack, "U0RETRY", "T0RETRY");
        await GreetAsync(student);
        Saves.Hold();
        var original = await student.SendDmAsync("USMLE", eventId: "EvRetried");
        await Saves.Reached.WaitAsync(Wait);
        await StartSecondInstanceAsync();

        await Slack.RedeliverAsync(original, "timeout");
        var answered = await student.NextMessageAsync();
        Saves.Release();
        await TurnsDoneAsync();
        await Task.Delay(Quiet);

        Assert.Equal("Exam score", answered.Header);
        Assert.Equal(0, student.UnreadMessages);
        Assert.Equal(1, (await Adapter.Store.LoadAsync(new ConversationKey("slack", "T0RETRY", student.UserId), default))!.Turn);

        // The first instance's held save was the one refused, as a replay (event 3008), not by a check before its turn.
        Assert.Contains(Adapter.Logs.Entries, e => e.EventId == 3008);
    }
}

public sealed class RetriedMessageOnSqliteTests : RetriedMessageOnStoreTests
{
    protected override TestStore CreateStore() => new SqliteTestStore();
}

public sealed class RetriedMessageOnRedisTests : RetriedMessageOnStoreTests, IRequiresRedis
{
    protected override TestStore CreateStore() => new RedisTestStore();
}
