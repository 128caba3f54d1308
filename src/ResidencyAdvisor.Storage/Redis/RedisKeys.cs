using ResidencyAdvisor.Core.Conversations;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>Builds the Redis key names; one prefix per deployment keeps several bots apart on one server.</summary>
internal sealed class RedisKeys(string prefix)
{
    public const string DefaultPrefix = "residency-advisor:";

    public RedisKey Conversation(ConversationKey key) => ConversationName(key);

    private string ConversationName(ConversationKey key) => $"{prefix}conversation:{key}";

    public RedisKey Posted(ConversationKey key) => PostedPrefix + key;

    /// <summary>What comes before the conversation key in every posted-message list key.</summary>
    public string PostedPrefix => $"{prefix}posted:";

    /// <summary>A SCAN pattern matching every scope of one user's posted-message lists on one platform.</summary>
    public RedisValue PostedOfUser(string platform, string userId) =>
        $"{Escape(prefix)}posted:{Escape(platform)}:*:{Escape(userId)}";

    public RedisKey Delivery(string deliveryId) => $"{prefix}delivery:{deliveryId}";

    /// <summary>
    /// A delivery of <paramref name="owner"/>'s conversation: in the conversation key's cluster slot (by a tag that names
    /// only the slot, not the student), so the save's script can record it with the conversation.
    /// </summary>
    public RedisKey Delivery(ConversationKey owner, string deliveryId) =>
        $"{prefix}delivery:{RedisSlotTags.TagOf(ConversationName(owner))}:{deliveryId}";

    public RedisKey Installation(string platform, string teamId) => $"{prefix}installation:{platform}:{teamId}";

    public RedisKey OAuthState(string state) => $"{prefix}oauth-state:{state}";

    /// <summary>One student's subscription, claims and handled reminders: one key, so each script touches one slot.</summary>
    public RedisKey Reminders(ConversationKey key) => RemindersPrefix + key;

    public string RemindersPrefix => $"{prefix}reminders:";

    /// <summary>The set of subscribed students' keys, the scheduler's work list.</summary>
    public RedisKey ReminderSubscribers => $"{prefix}reminder-subscribers";

    /// <summary>A SCAN pattern matching every scope of one user's conversations on one platform.</summary>
    public RedisValue ConversationsOfUser(string platform, string userId) =>
        $"{Escape(prefix)}conversation:{Escape(platform)}:*:{Escape(userId)}";

    private static string Escape(string literal)
    {
        var escaped = new System.Text.StringBuilder(literal.Length);
        foreach (var c in literal)
        {
            if (c is '*' or '?' or '[' or ']' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
