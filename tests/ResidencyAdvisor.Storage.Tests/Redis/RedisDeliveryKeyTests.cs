using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Storage.Tests.Fixtures;
using ResidencyAdvisor.Testing;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Tests.Redis;

/// <summary>
/// A turn's save records its delivery in the same script as the conversation, so on a Redis Cluster both keys must be
/// in one slot; the delivery key gets there by a tag naming only the slot, never the student's user id.
/// </summary>
public sealed class RedisDeliveryKeyTests
{
    [RedisFact]
    public void A_delivery_key_lands_in_its_conversations_cluster_slot_as_Redis_computes_it()
    {
        using var folder = new TempFolder();
        using var server = LocalRedisServer.Start(folder.Path, "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf");
        using var cluster = RedisConnector.Connect(server.Configuration);

        // Prefixes may carry braces of their own: a conversation key's slot then comes from its own hash tag.
        string[] conversations =
        [
            "residency-advisor:conversation:discord:600000000000000006:500000000000000005",
            "residency-advisor:conversation:slack:T0123:U0456",
            "staging{eu}:conversation:slack:T1:U1",
            "odd{}prefix:conversation:discord:dm:1",
            "half{open:conversation:discord:dm:1",
        ];

        foreach (var conversation in conversations)
        {
            var delivery = "residency-advisor:delivery:" + RedisSlotTags.TagOf(conversation) + ":discord:123";
            Assert.Equal(KeySlot(cluster, conversation), RedisSlotTags.SlotOf(conversation));
            Assert.Equal(KeySlot(cluster, conversation), KeySlot(cluster, delivery));
        }
    }

    [Fact]
    public void The_delivery_key_names_the_event_and_not_the_student()
    {
        var keys = new RedisKeys("residency-advisor:");
        var owner = new ConversationKey("discord", "600000000000000006", "500000000000000005");

        string delivery = keys.Delivery(owner, "discord:987")!;

        Assert.DoesNotContain("500000000000000005", delivery, StringComparison.Ordinal);
        Assert.EndsWith(":discord:987", delivery, StringComparison.Ordinal);
        Assert.Equal(RedisSlotTags.SlotOf(keys.Conversation(owner)!), RedisSlotTags.SlotOf(delivery));
    }

    [RedisFact]
    public async Task A_save_that_fails_on_the_server_leaves_no_delivery_record()
    {
        using var connection = RedisConnector.Connect(SharedRedisServer.Instance!.Configuration);
        var prefix = $"atomic-{Guid.NewGuid():N}:";
        var store = new RedisConversationStore(connection, TimeSpan.FromDays(1), prefix);
        var ledger = new RedisDeliveryLedger(connection, prefix);
        var key = new ConversationKey("slack", "T1", "U1");
        await connection.GetDatabase().StringSetAsync($"{prefix}conversation:{key}", "not a hash");
        var delivery = new DeliveryRecord("slack:event:Ev1", TimeSpan.FromMinutes(10));

        await Assert.ThrowsAsync<RedisStoreException>(() =>
            store.SaveAsync(key, ConversationState.Start(DateTimeOffset.UtcNow, "s"), delivery, default));

        Assert.True(await ledger.TryRecordAsync(key, delivery.Id, delivery.Window, default));
    }

    // The slot as the server computes it (CLUSTER KEYSLOT answers in cluster mode, slots assigned or not).
    private static int KeySlot(ConnectionMultiplexer cluster, string key) =>
        (int)cluster.GetServers()[0].Execute("CLUSTER", "KEYSLOT", key);
}
