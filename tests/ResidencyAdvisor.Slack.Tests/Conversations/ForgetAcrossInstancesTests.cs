using ResidencyAdvisor.Slack.Fakes;

namespace ResidencyAdvisor.Slack.Tests.Conversations;

/// <summary>
/// Issue 11, erasure: forget redacts the answers shown in the DM even when another instance, or this bot before a
/// restart, posted them; the message ids live in the shared store, not in one process's memory.
/// </summary>
public class ForgetAcrossInstancesTests : SlackTestBed
{
    private readonly InMemoryConversationStore _conversations = new(TimeProvider.System, TimeSpan.FromDays(30));
    private readonly InMemoryPostedMessageStore _posted = new(TimeProvider.System, TimeSpan.FromDays(30));

    protected override bool StartAdapter => false;

    [Fact]
    public async Task Forget_at_a_second_instance_redacts_the_answers_the_first_instance_posted()
    {
        await using var first = await SlackAdapterHarness.StartOverHttpAsync(Slack, store: _conversations, posted: _posted);
        var student = Student();
        var third = await AnswerTwoQuestionsAsync(student);

        // Starting the second instance points Slack's deliveries at it, as a load balancer may; the first keeps running.
        await using var second = await SlackAdapterHarness.StartOverHttpAsync(Slack, store: _conversations, posted: _posted);
        await student.ClickAsync(third, "Forget my answers");

        await AssertNothingShownAsync(student, await student.NextMessageAsync());
    }

    [Fact]
    public async Task Forget_after_a_restart_redacts_the_answers_posted_before_it()
    {
        var before = await SlackAdapterHarness.StartAsync(Slack, store: _conversations, posted: _posted);
        await Slack.WaitForSocketAsync(0, Wait);
        var student = Student();
        await AnswerTwoQuestionsAsync(student);
        var oldSockets = Slack.Sockets;
        await before.DisposeAsync();
        await Task.WhenAll(oldSockets.Select(s => s.Closed)).WaitAsync(Wait);

        await using var after = await SlackAdapterHarness.StartAsync(Slack, store: _conversations, posted: _posted);
        await Slack.WaitUntilAsync(() => Slack.Sockets.FirstOrDefault(s => s.IsOpen), Wait, "a socket after the restart");
        await student.SendDmAsync("forget");

        await AssertNothingShownAsync(student, await student.NextMessageAsync());
    }

    [Fact]
    public async Task When_the_store_cannot_record_messages_the_student_still_gets_replies_and_forget_redacts_this_instances_own()
    {
        await using var adapter = await SlackAdapterHarness.StartAsync(Slack, store: _conversations, posted: new UnreachablePostedMessageStore());
        await Slack.WaitForSocketAsync(0, Wait);
        var student = Student();
        await AnswerTwoQuestionsAsync(student);

        await student.SendDmAsync("forget");
        var erased = await student.NextMessageAsync();

        Assert.Contains("everything you told me has been erased", erased.AllText(), StringComparison.Ordinal);
        var shown = Slack.Messages(student.Channel).Where(m => m.EphemeralUser is null && m.Ts != erased.Ts).ToList();
        Assert.All(shown, m => Assert.DoesNotContain("241", m.AllText(), StringComparison.Ordinal));
        var warnings = adapter.Logs.Entries.Where(e => e.EventId is 3036 or 3037).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, e =>
        {
            Assert.Null(e.Exception);
            Assert.DoesNotContain(student.UserId, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(student.Channel, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("241", e.Message, StringComparison.Ordinal);
        });
    }

    private async Task AssertNothingShownAsync(SlackStudent student, FakeMessage erased)
    {
        // chat.update calls precede the erased notice, so they have all landed by now.
        AssertNoAnswerShown(student, erased);
        Assert.Empty(await _posted.TakeAllAsync("slack", student.UserId, default));
    }
}
