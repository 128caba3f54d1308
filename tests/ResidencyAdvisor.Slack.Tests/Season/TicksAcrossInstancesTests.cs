using ResidencyAdvisor.Core;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Slack.Season;

namespace ResidencyAdvisor.Slack.Tests.Season;

/// <summary>A tick is saved with the conversation, so neither a restart nor another instance behind the balancer loses it.</summary>
public sealed class TicksAcrossInstancesTests : SeasonControlsTestBed
{
    private readonly InMemoryConversationStore _conversations = new(TimeProvider.System, TimeSpan.FromDays(30));
    private readonly InMemoryPostedMessageStore _posted = new(TimeProvider.System, TimeSpan.FromDays(30));

    [Fact]
    public async Task A_task_ticked_before_a_restart_is_still_ticked_after_it()
    {
        var before = await StartInstanceAsync(_conversations, _posted);
        var student = Student();
        await student.ClickAsync(await FinishAsync(student), Labels[ChatLabel.MyChecklist]);
        var checklist = await NextWithHeaderAsync(student, "Your checklist");
        await student.SelectAsync(checklist, Labels[ChatLabel.TickTask], "3. ");
        await WaitForAsync(() => checklist.Updates == 1, "the tick");
        var oldSockets = Slack.Sockets;
        await before.DisposeAsync();
        await Task.WhenAll(oldSockets.Select(s => s.Closed)).WaitAsync(Wait);

        await using var after = await StartInstanceAsync(_conversations, _posted);
        await student.SendDmAsync("checklist");
        var shown = await NextWithHeaderAsync(student, "Your checklist");

        Assert.StartsWith("Your checklist: 1 of ", shown.Header, StringComparison.Ordinal);
        Assert.Contains("3. [x] ", shown.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ticks_made_at_two_instances_on_one_store_are_both_kept_and_both_shown()
    {
        await using var first = await SlackAdapterHarness.StartOverHttpAsync(Slack, store: _conversations, posted: _posted, reminders: Reminders);
        var student = Student();
        await student.ClickAsync(await FinishAsync(student), Labels[ChatLabel.MyChecklist]);
        var checklist = await NextWithHeaderAsync(student, "Your checklist");
        await student.SelectAsync(checklist, Labels[ChatLabel.TickTask], "1. ");
        await WaitForAsync(() => checklist.Updates == 1, "the tick at the first instance");

        // From here on the fake delivers to the second instance, as a load balancer may; the first keeps running.
        await using var second = await SlackAdapterHarness.StartOverHttpAsync(Slack, store: _conversations, posted: _posted, reminders: Reminders);
        await student.SelectAsync(checklist, Labels[ChatLabel.TickTask], "4. ");
        await WaitForAsync(() => checklist.Updates == 2, "the tick at the second instance");

        Assert.StartsWith("Your checklist: 2 of ", checklist.Header, StringComparison.Ordinal);
        Assert.Contains("1. [x] ", checklist.AllText(), StringComparison.Ordinal);
        Assert.Contains("4. [x] ", checklist.AllText(), StringComparison.Ordinal);
        var saved = await _conversations.LoadAsync(KeyOf(student), default);
        Assert.Equal(2, saved!.DoneTasks.Count);
    }

    protected override bool StartAdapter => false;
}
