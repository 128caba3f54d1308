using Microsoft.Extensions.Logging;
using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Guidance;

namespace ResidencyAdvisor.Core.Season;

/// <summary>The student's checklist as it stands now, or null once they have no conversation to build it from.</summary>
public interface ISeasonChecklists
{
    Task<SeasonChecklist?> ForAsync(ConversationKey key, CancellationToken cancellationToken);
}

/// <summary>
/// One pass over every subscription: each due reminder is claimed, then sent once (late, with a note, when the bot was
/// down at its time; skipped when its event has passed). Delivery that cannot work again, or fails
/// <see cref="MaxFailures"/> times in a row, ends the student's reminders, since nothing is ever sent to a student who
/// cannot receive it. The host runs a pass every minute; every instance may run it, the claims keep it once.
/// </summary>
public sealed partial class ReminderScheduler(
    IReminderStore store,
    ReminderPlanner planner,
    ISeasonChecklists checklists,
    IEnumerable<IReminderSender> senders,
    GuidanceLibrary library,
    SeasonCalendar calendar,
    ILogger<ReminderScheduler> logger)
{
    public const int MaxFailures = 3;
    private const string File = "reminders.md";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, IReminderSender> _senders = senders.ToDictionary(s => s.Platform, StringComparer.Ordinal);
    private readonly string _owner = Guid.NewGuid().ToString("N");

    /// <summary>Sends what is due at <paramref name="now"/>; returns how many reminders were sent.</summary>
    public async Task<int> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var subscription in await store.ListAsync(cancellationToken))
        {
            if (!_senders.TryGetValue(subscription.Key.Platform, out var sender))
            {
                continue; // This instance does not run that platform; another one does.
            }

            var handled = await store.HandledAsync(subscription.Key, cancellationToken);
            var due = planner.Due(subscription, handled, now);
            if (due.Count == 0 && calendar.IsStale(now) && planner.Next(subscription, handled, now) is null)
            {
                // The cycle is over and nothing is left to send: keep nothing about the student for a season that ended.
                await store.UnsubscribeAsync(subscription.Key, cancellationToken);
                LogSeasonOver(logger, subscription.Key.Platform);
                continue;
            }

            foreach (var reminder in due)
            {
                if (!await store.TryClaimAsync(subscription.Key, reminder.Id, _owner, now, Lease, cancellationToken))
                {
                    continue;
                }

                if (reminder.IsPast(now))
                {
                    await store.CompleteAsync(subscription.Key, reminder.Id, cancellationToken);
                    LogSkipped(logger, subscription.Key.Platform);
                    continue;
                }

                var checklist = await checklists.ForAsync(subscription.Key, cancellationToken);
                var message = Compose(reminder, checklist, subscription.Zone, reminder.IsLate(now, LateAfter));
                if (await DeliverAsync(sender, subscription, reminder, message, cancellationToken))
                {
                    sent++;
                }
                else
                {
                    break; // Stopped or failing: the rest waits for the next pass, if any.
                }
            }
        }

        return sent;
    }

    private async Task<bool> DeliverAsync(
        IReminderSender sender, ReminderSubscription subscription, DueReminder reminder, ReminderMessage message, CancellationToken cancellationToken)
    {
        ReminderDelivery result;
        try
        {
            result = await sender.SendAsync(subscription.Key, message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            result = ReminderDelivery.Failed;
        }

        if (result == ReminderDelivery.Sent)
        {
            await store.CompleteAsync(subscription.Key, reminder.Id, cancellationToken);
            return true;
        }

        var failures = result == ReminderDelivery.Unreachable ? MaxFailures : await store.FailAsync(subscription.Key, reminder.Id, cancellationToken);
        if (failures >= MaxFailures)
        {
            await store.UnsubscribeAsync(subscription.Key, cancellationToken);
            LogStopped(logger, subscription.Key.Platform, result == ReminderDelivery.Unreachable ? "the student cannot be reached" : $"{failures} failed deliveries in a row");
        }

        return false;
    }

    /// <summary>The reminder's words in the student's zone, with the open tasks due by its milestone.</summary>
    public ReminderMessage Compose(DueReminder reminder, SeasonChecklist? checklist, TimeZoneInfo zone, bool late)
    {
        var text = reminder.Milestone is { } milestone
            ? library.Render(File, "milestone", new Dictionary<string, string> { ["milestone"] = milestone.Title, ["when"] = StudentTimeZone.Describe(reminder.EventAt, zone) })
            : library.Render(File, "task", new Dictionary<string, string> { ["task"] = checklist?.Tasks.FirstOrDefault(t => t.Id == reminder.TaskId)?.Text ?? reminder.TaskId! });
        if (late)
        {
            text += " " + library.Render(File, "late", Empty);
        }

        var open = reminder.Milestone is { } m && checklist is not null ? checklist.OpenBefore(m.Id, calendar).Select(t => t.Text).ToArray() : [];
        var heading = library.Render(File, open.Length > 0 ? "open" : "none-open", Empty);
        return new ReminderMessage(text + "\n" + library.Render(File, "stop", Empty), open, reminder.Milestone is null ? "" : heading);
    }

    private static readonly Dictionary<string, string> Empty = [];

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "A {Platform} reminder was skipped: its date passed while the bot was down")]
    private static partial void LogSkipped(ILogger logger, string platform);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "A {Platform} student's reminders ended with the season: every dated milestone has passed")]
    private static partial void LogSeasonOver(ILogger logger, string platform);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "A {Platform} student's reminders stopped: {Reason}")]
    private static partial void LogStopped(ILogger logger, string platform, string reason);
}
