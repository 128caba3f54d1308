using ResidencyAdvisor.Core.Conversations;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>
/// Delivery ids shared by every instance: SET NX with the window as expiry. A student's delivery is keyed in their
/// conversation's cluster slot, where <see cref="RedisConversationStore"/>'s save records it with the conversation.
/// </summary>
public sealed class RedisDeliveryLedger : IDeliveryLedger
{
    private readonly IConnectionMultiplexer _connection;
    private readonly RedisKeys _keys;

    public RedisDeliveryLedger(IConnectionMultiplexer connection, string keyPrefix = RedisKeys.DefaultPrefix)
    {
        _connection = connection;
        _keys = new RedisKeys(keyPrefix);
    }

    public async ValueTask<bool> TryRecordAsync(string deliveryId, TimeSpan window, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await _connection.GetDatabase().StringSetAsync(_keys.Delivery(deliveryId), 1, window, When.NotExists);
    }

    public async ValueTask<bool> TryRecordAsync(ConversationKey owner, string deliveryId, TimeSpan window, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return await _connection.GetDatabase().StringSetAsync(_keys.Delivery(owner, deliveryId), 1, window, When.NotExists);
    }
}
