using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Installations;
using ResidencyAdvisor.Core.Season;
using ResidencyAdvisor.Storage.Redis;
using ResidencyAdvisor.Testing;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>The contract against a real redis-server; each test has its own key prefix, and time passes for real.</summary>
public sealed class RedisStoreContractTests : ConversationStoreContract, IRequiresRedis
{
    private readonly string _prefix = $"test-{Guid.NewGuid():N}:";
    private readonly Lazy<ConnectionMultiplexer> _connection = new(() =>
        RedisConnector.Connect(SharedRedisServer.Instance?.Configuration ?? throw new InvalidOperationException(SharedRedisServer.SkipReason)));

    // Short enough to watch keys expire within a fast test; long enough that a busy machine's scheduling delays
    // (seen up to ~0.5 s on the shared 2-core box) cannot flip a result: the tightest check has 0.3 x 2 s of slack.
    protected override TimeSpan Retention => TimeSpan.FromSeconds(2);

    protected override IConversationStore CreateStore() => new RedisConversationStore(_connection.Value, Retention, _prefix);

    protected override IDeliveryLedger CreateLedger() => new RedisDeliveryLedger(_connection.Value, _prefix);

    protected override IInstallationStore CreateInstallations() => new RedisInstallationStore(_connection.Value, _prefix);

    protected override IPostedMessageStore CreatePostedMessages() => new RedisPostedMessageStore(_connection.Value, Retention, _prefix);

    protected override IReminderStore CreateReminders() => new RedisReminderStore(_connection.Value, _prefix);

    protected override IOAuthStateStore CreateOAuthStates() => new RedisOAuthStateStore(_connection.Value, _prefix, Time);

    protected override Task LetTimePassAsync(TimeSpan span) => Task.Delay(span);

    protected override async Task PutRawAsync(ConversationKey key, byte[] payload) =>
        await _connection.Value.GetDatabase().HashSetAsync($"{_prefix}conversation:{key}", [new("v", 1), new("p", payload)]);

    protected override void Dispose(bool disposing)
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }

        base.Dispose(disposing);
    }
}
