using ResidencyAdvisor.Core.Conversations;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>Builds the Redis key names; one prefix per deployment keeps several bots apart on one server.</summary>
internal sealed class RedisKeys(string prefix)
{
    public const string DefaultPrefix = "residency-advisor:";

    public RedisKey Conversation(ConversationKey key) => $"{prefix}conversation:{key}";

    public RedisKey Delivery(string deliveryId) => $"{prefix}delivery:{deliveryId}";

    public RedisKey Installation(string platform, string teamId) => $"{prefix}installation:{platform}:{teamId}";

    public RedisKey OAuthState(string state) => $"{prefix}oauth-state:{state}";
}
