using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Core.Season;

/// <summary>
/// Who asked for reminders and which reminders were handled. A reminder is claimed with a lease before it is sent, so
/// with several instances on one store exactly one sends it; a claim whose instance died runs out and is taken again.
/// </summary>
public interface IReminderStore
{
    /// <summary>Adds or replaces the student's subscription (a new time zone or task date).</summary>
    Task SubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken);

    Task<ReminderSubscription?> GetAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>Deletes the subscription and every record of its reminders ("stop reminders", erasure, uninstall).</summary>
    Task UnsubscribeAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>Deletes the person's subscriptions in every server, DM and workspace of the platform (their forget).</summary>
    Task UnsubscribeUserAsync(string platform, string userId, CancellationToken cancellationToken);

    /// <summary>Deletes every subscription in one workspace or server (the app was uninstalled there).</summary>
    Task UnsubscribeAllAsync(string platform, string scope, CancellationToken cancellationToken);

    /// <summary>Every current subscription; the scheduler's work list.</summary>
    Task<IReadOnlyList<ReminderSubscription>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The reminders already sent or skipped for the student.</summary>
    Task<IReadOnlySet<string>> HandledAsync(ConversationKey key, CancellationToken cancellationToken);

    /// <summary>True when this owner may send the reminder now: not handled, and not claimed by a live lease.</summary>
    Task<bool> TryClaimAsync(ConversationKey key, string reminderId, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks the claimed reminder handled (sent or skipped) and clears the student's failure count.</summary>
    Task CompleteAsync(ConversationKey key, string reminderId, CancellationToken cancellationToken);

    /// <summary>Releases the claim so a later pass tries again, and returns the student's consecutive failures.</summary>
    Task<int> FailAsync(ConversationKey key, string reminderId, CancellationToken cancellationToken);
}
