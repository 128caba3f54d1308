using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>The reminder half of the contract: subscriptions, claims with leases, and erasure, alike in every store.</summary>
public abstract partial class ConversationStoreContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private IReminderStore? _reminders;

    protected IReminderStore Reminders => _reminders ??= CreateReminders();

    protected abstract IReminderStore CreateReminders();

    /// <summary>What another instance would use: a new client of the same store (the in-memory store is one process's own).</summary>
    protected virtual IReminderStore AnotherInstancesReminders() => CreateReminders();

    private static ReminderSubscription Subscription(ConversationKey key, string zone = "America/New_York") => new(key, Start, zone,
        new Dictionary<string, DateTimeOffset> { ["letters.radiology"] = Start.AddDays(10), ["statement.neurology"] = Start.AddDays(20) });

    [StoreFact]
    public async Task A_subscription_reads_back_with_its_zone_and_task_dates_and_is_listed()
    {
        var key = new ConversationKey("discord", "guild:with:colons", "U1");
        await Reminders.SubscribeAsync(Subscription(key), default);
        await Reminders.SubscribeAsync(Subscription(key, "America/Chicago"), default);

        var found = await Reminders.GetAsync(key, default);
        Assert.Equal((Start, "America/Chicago"), (found!.Since, found.TimeZoneId));
        Assert.Equal(Start.AddDays(20), found.TaskDates["statement.neurology"]);
        Assert.Equal(key, Assert.Single(await Reminders.ListAsync(default)).Key);
        Assert.Null(await Reminders.GetAsync(NewKey(), default));
    }

    [StoreFact]
    public async Task Of_two_owners_claiming_one_reminder_exactly_one_wins_until_its_lease_runs_out()
    {
        var key = NewKey("slack");
        await Reminders.SubscribeAsync(Subscription(key), default);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Reminders.TryClaimAsync(key, "rol@1", "owner-" + i, Start, Lease, default)));
        Assert.Equal(1, claims.Count(c => c));
        Assert.False(await Reminders.TryClaimAsync(key, "rol@1", "late-owner", Start.Add(Lease).AddSeconds(-1), Lease, default));

        // The owner died without finishing: once its lease has run out another instance takes the reminder.
        Assert.True(await Reminders.TryClaimAsync(key, "rol@1", "late-owner", Start.Add(Lease).AddSeconds(1), Lease, default));
    }

    [StoreFact]
    public async Task A_handled_reminder_is_never_claimed_again_and_a_failure_lets_it_be_tried_again()
    {
        var key = NewKey("slack");
        await Reminders.SubscribeAsync(Subscription(key), default);
        Assert.True(await Reminders.TryClaimAsync(key, "a", "one", Start, Lease, default));
        Assert.Equal(1, await Reminders.FailAsync(key, "a", default));
        Assert.True(await Reminders.TryClaimAsync(key, "a", "two", Start, Lease, default));
        Assert.Equal(2, await Reminders.FailAsync(key, "a", default));
        Assert.True(await Reminders.TryClaimAsync(key, "a", "two", Start, Lease, default));

        await Reminders.CompleteAsync(key, "a", default);

        Assert.Equal(["a"], await Reminders.HandledAsync(key, default));
        Assert.False(await Reminders.TryClaimAsync(key, "a", "three", Start.AddDays(1), Lease, default));
        Assert.True(await Reminders.TryClaimAsync(key, "b", "three", Start, Lease, default));
        Assert.Equal(1, await Reminders.FailAsync(key, "b", default)); // A success reset the count.
    }

    [StoreFact]
    public async Task Stopping_reminders_removes_the_subscription_and_its_history_and_nothing_can_be_claimed()
    {
        var (key, other) = (NewKey("slack"), NewKey("slack"));
        await Reminders.SubscribeAsync(Subscription(key), default);
        await Reminders.SubscribeAsync(Subscription(other), default);
        Assert.True(await Reminders.TryClaimAsync(key, "a", "one", Start, Lease, default));
        await Reminders.CompleteAsync(key, "a", default);

        await Reminders.UnsubscribeAsync(key, default);

        Assert.Null(await Reminders.GetAsync(key, default));
        Assert.Empty(await Reminders.HandledAsync(key, default));
        Assert.False(await Reminders.TryClaimAsync(key, "b", "one", Start, Lease, default));
        Assert.Equal(other, Assert.Single(await Reminders.ListAsync(default)).Key);
    }

    [StoreFact]
    public async Task Uninstalling_a_workspace_removes_its_students_reminders_and_nobody_elses()
    {
        var (gone, alsoGone) = (new ConversationKey("slack", "T1", "U1"), new ConversationKey("slack", "T1", "U2"));
        var (prefixTwin, otherPlatform) = (new ConversationKey("slack", "T10", "U1"), new ConversationKey("discord", "T1", "U1"));
        foreach (var key in new[] { gone, alsoGone, prefixTwin, otherPlatform })
        {
            await Reminders.SubscribeAsync(Subscription(key), default);
        }

        await Reminders.UnsubscribeAllAsync("slack", "T1", default);

        Assert.Equal([otherPlatform, prefixTwin], (await Reminders.ListAsync(default)).Select(s => s.Key).OrderBy(k => k.ToString(), StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task Forgetting_a_person_removes_their_reminders_in_every_server_and_nobody_elses()
    {
        var (server, dm) = (new ConversationKey("discord", "G1", "U1"), new ConversationKey("discord", "dm", "U1"));
        var (otherUser, otherPlatform) = (new ConversationKey("discord", "G1", "U2"), new ConversationKey("slack", "T1", "U1"));
        foreach (var key in new[] { server, dm, otherUser, otherPlatform })
        {
            await Reminders.SubscribeAsync(Subscription(key), default);
        }

        await Reminders.UnsubscribeUserAsync("discord", "U1", default);

        Assert.Equal([otherUser, otherPlatform], (await Reminders.ListAsync(default)).Select(s => s.Key).OrderBy(k => k.ToString(), StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task Four_instances_sending_from_one_store_deliver_each_reminder_once()
    {
        var key = NewKey("slack");
        await Reminders.SubscribeAsync(Subscription(key), default);
        var sender = new CountingSender();
        var calendar = TestContent.Content.Calendar;
        var instances = Enumerable.Range(0, 4).Select(_ => new ReminderScheduler(AnotherInstancesReminders(),
            new ReminderPlanner(calendar, [TimeSpan.FromDays(1)]), new NoChecklists(), [sender], TestContent.Content.Guidance, calendar,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ReminderScheduler>.Instance)).ToList();

        foreach (var now in new[] { Start.AddDays(10).AddMinutes(1), Start.AddDays(10).AddMinutes(2), Start.AddDays(20).AddMinutes(1), Start.AddDays(20).AddMinutes(2) })
        {
            await Task.WhenAll(instances.Select(i => i.RunDueAsync(now, default)));
        }

        Assert.Equal(2, sender.Count);
        Assert.Equal(2, (await Reminders.HandledAsync(key, default)).Count);
    }

    private sealed class CountingSender : IReminderSender
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public string Platform => "slack";

        public Task<ReminderDelivery> SendAsync(ConversationKey key, ReminderMessage message, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return Task.FromResult(ReminderDelivery.Sent);
        }
    }

    private sealed class NoChecklists : ISeasonChecklists
    {
        public Task<SeasonChecklist?> ForAsync(ConversationKey key, CancellationToken cancellationToken) => Task.FromResult<SeasonChecklist?>(null);
    }
}
