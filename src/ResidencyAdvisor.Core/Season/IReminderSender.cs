using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Core.Season;

/// <summary>Delivers a reminder to a student's DM on one platform, within that platform's rate limits.</summary>
public interface IReminderSender
{
    /// <summary>The <see cref="ConversationKey.Platform"/> this sender serves.</summary>
    string Platform { get; }

    Task<ReminderDelivery> SendAsync(ConversationKey key, ReminderMessage message, CancellationToken cancellationToken);
}

public enum ReminderDelivery
{
    Sent,

    /// <summary>Worth another try later (a timeout, a 5xx, a rate limit).</summary>
    Failed,

    /// <summary>Will not work again (left the server, DMs closed, app uninstalled): reminders stop at once.</summary>
    Unreachable,
}

/// <summary>What a reminder says: its text and the open tasks; the adapter adds the "Stop reminders" control.</summary>
public sealed record ReminderMessage(string Text, IReadOnlyList<string> OpenTasks, string OpenTasksHeading);
