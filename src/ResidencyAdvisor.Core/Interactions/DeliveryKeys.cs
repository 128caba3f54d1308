using ResidencyAdvisor.Core.Conversations.Delivery;

namespace ResidencyAdvisor.Core.Interactions;

/// <summary>
/// Tells the first delivery of a platform event from a repeat (a gateway resume, a Slack retry, a replayed signed
/// request) by one key, "platform:[kind:]id", in the shared ledger, so a repeat sent to another instance is caught too.
/// </summary>
public static class DeliveryKeys
{
    /// <summary>The ledger key; kept stable, since instances of two releases share one ledger during a deploy.</summary>
    public static string KeyOf(string platform, string? kind, string id) =>
        kind is null ? platform + ":" + id : platform + ":" + kind + ":" + id;

    /// <summary>True the first time the event is seen within <paramref name="window"/>.</summary>
    public static ValueTask<bool> IsFirstDeliveryAsync(this IDeliveryLedger ledger, string platform, string? kind, string id, TimeSpan window,
        CancellationToken cancellationToken) =>
        ledger.TryRecordAsync(KeyOf(platform, kind, id), window, cancellationToken);
}
