using ResidencyAdvisor.Core;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Slack.Fakes;
using ResidencyAdvisor.Slack.Season;

namespace ResidencyAdvisor.Slack.Tests.Season;

/// <summary>
/// The adapter with a reminder store, as the host runs it, over Socket Mode or HTTP (per subclass), and a student who
/// has typed their way to the recommendation.
/// </summary>
public abstract class SeasonControlsTestBed : SlackTestBed
{
    protected override bool StartAdapter => false;

    protected InMemoryReminderStore Reminders { get; } = new();

    protected ConversationKey KeyOf(SlackStudent student) => new("slack", FakeSlack.TeamId, student.UserId);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await StartAsync();
    }

    /// <summary>Starts an instance on the given stores; over Socket Mode it is connected before this returns.</summary>
    protected async Task<SlackAdapterHarness> StartInstanceAsync(IConversationStore? store = null, IPostedMessageStore? posted = null)
    {
        if (OverHttp)
        {
            return await SlackAdapterHarness.StartOverHttpAsync(Slack, store: store, posted: posted, reminders: Reminders);
        }

        var sockets = Slack.Sockets.Count;
        var adapter = await SlackAdapterHarness.StartAsync(Slack, store: store, posted: posted, reminders: Reminders);
        await Slack.WaitForSocketAsync(sockets, Wait);
        return adapter;
    }

    protected virtual Task StartAsync() => Task.CompletedTask;

    /// <summary>Types the mid-range dual applicant's answers and returns the recommendation's last message (its buttons).</summary>
    protected static async Task<FakeMessage> FinishAsync(SlackStudent student)
    {
        await GreetAsync(student);
        foreach (var answer in StudentAnswers.MidRangeDualApply.TypedAndConfirmed)
        {
            await student.SendDmAsync(answer);
        }

        return await NextWithButtonAsync(student, Labels[ChatLabel.SendMyPlan]);
    }

    protected static async Task<FakeMessage> NextWithButtonAsync(SlackStudent student, string label)
    {
        var message = await student.NextMessageAsync();
        while (!message.ButtonLabels().Contains(label))
        {
            message = await student.NextMessageAsync();
        }

        return message;
    }

    protected static async Task<FakeMessage> NextWithHeaderAsync(SlackStudent student, string prefix)
    {
        var message = await student.NextMessageAsync();
        while (message.Header?.StartsWith(prefix, StringComparison.Ordinal) != true)
        {
            message = await student.NextMessageAsync();
        }

        return message;
    }

    protected async Task WaitForAsync(Func<bool> condition, string what) =>
        await Slack.WaitUntilAsync(() => condition() ? "" : null, Wait, what);
}
