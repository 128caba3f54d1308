namespace ResidencyAdvisor.Core.Conversations.Delivery;

/// <summary>
/// The platform event a turn answers ("platform:[kind:]id", see <c>DeliveryKeys.KeyOf</c>) and how long a repeat of it
/// is refused. The turn's save records it in the same write as the conversation, so a crash can never keep one
/// without the other.
/// </summary>
public sealed record DeliveryRecord(string Id, TimeSpan Window);
