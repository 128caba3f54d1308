using ResidencyAdvisor.Core.Conversations;
using ResidencyAdvisor.Core.Season;
using StackExchange.Redis;

namespace ResidencyAdvisor.Storage.Redis;

/// <summary>
/// Reminders in Redis, shared by every instance: one hash per student ("sub" the subscription, "fail" the failures in
/// a row, "h:{id}" handled, "c:{id}" a claim as "owner|lease end") changed only by single-key scripts, plus a set of
/// subscribed keys to list. Failures are re-thrown without Redis's message, which can name the key.
/// </summary>
public sealed class RedisReminderStore(IConnectionMultiplexer connection, string keyPrefix = RedisKeys.DefaultPrefix) : IReminderStore
{
    private readonly RedisKeys _keys = new(keyPrefix);

    public Task SubscribeAsync(ReminderSubscription subscription, CancellationToken cancellationToken) => RunAsync("subscribe", async database =>
    {
        await database.HashSetAsync(_keys.Reminders(subscription.Key), "sub", ReminderSubscriptionText.Write(subscription));
        await database.SetAddAsync(_keys.ReminderSubscribers, subscription.Key.ToString());
        return true;
    }, cancellationToken);

    public Task<ReminderSubscription?> GetAsync(ConversationKey key, CancellationToken cancellationToken) => RunAsync("read", async database =>
        await database.HashGetAsync(_keys.Reminders(key), "sub") is { IsNull: false } text ? ReminderSubscriptionText.Read(key, text.ToString()) : null,
        cancellationToken);

    public Task UnsubscribeAsync(ConversationKey key, CancellationToken cancellationToken) => RunAsync("erase", async database =>
    {
        // The hash first: a scheduler that listed the key a moment ago then finds no subscription and sends nothing.
        await database.KeyDeleteAsync(_keys.Reminders(key));
        await database.SetRemoveAsync(_keys.ReminderSubscribers, key.ToString());
        return true;
    }, cancellationToken);

    public Task<IReadOnlyList<ReminderSubscription>> ListAsync(CancellationToken cancellationToken) => RunAsync("list", async database =>
    {
        var list = new List<ReminderSubscription>();
        foreach (var member in await database.SetMembersAsync(_keys.ReminderSubscribers))
        {
            var key = ReminderSubscriptionText.ParseKey(member.ToString());
            if (await database.HashGetAsync(_keys.Reminders(key), "sub") is { IsNull: false } text)
            {
                list.Add(ReminderSubscriptionText.Read(key, text.ToString()));
            }
        }

        return (IReadOnlyList<ReminderSubscription>)list;
    }, cancellationToken);

    public Task<IReadOnlySet<string>> HandledAsync(ConversationKey key, CancellationToken cancellationToken) => RunAsync("read", async database =>
    {
        var handled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in await database.HashKeysAsync(_keys.Reminders(key)))
        {
            var name = field.ToString();
            if (name.StartsWith("h:", StringComparison.Ordinal))
            {
                handled.Add(name[2..]);
            }
        }

        return (IReadOnlySet<string>)handled;
    }, cancellationToken);

    public Task<bool> TryClaimAsync(ConversationKey key, string reminderId, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        RunAsync("claim", async database => (long)await database.ScriptEvaluateAsync(RedisScripts.ClaimReminder, [_keys.Reminders(key)],
            [reminderId, owner, now.ToUnixTimeMilliseconds(), (now + lease).ToUnixTimeMilliseconds()]) == 1, cancellationToken);

    public Task CompleteAsync(ConversationKey key, string reminderId, CancellationToken cancellationToken) => RunAsync("record", async database =>
        await database.ScriptEvaluateAsync(RedisScripts.CompleteReminder, [_keys.Reminders(key)], [reminderId]), cancellationToken);

    public Task<int> FailAsync(ConversationKey key, string reminderId, CancellationToken cancellationToken) => RunAsync("record", async database =>
        (int)(long)await database.ScriptEvaluateAsync(RedisScripts.FailReminder, [_keys.Reminders(key)], [reminderId]), cancellationToken);

    public Task UnsubscribeUserAsync(string platform, string userId, CancellationToken cancellationToken) =>
        UnsubscribeWhereAsync(k => k.Platform == platform && k.UserId == userId, cancellationToken);

    public Task UnsubscribeAllAsync(string platform, string scope, CancellationToken cancellationToken) =>
        UnsubscribeWhereAsync(k => k.Platform == platform && k.Scope == scope, cancellationToken);

    /// <summary>Follows the subscriber set (no SCAN needed): each match goes as in <see cref="UnsubscribeAsync"/>.</summary>
    private async Task UnsubscribeWhereAsync(Func<ConversationKey, bool> match, CancellationToken cancellationToken)
    {
        var members = await RunAsync("list", database => database.SetMembersAsync(_keys.ReminderSubscribers), cancellationToken);
        foreach (var key in members.Select(m => ReminderSubscriptionText.ParseKey(m.ToString())).Where(match))
        {
            await UnsubscribeAsync(key, cancellationToken);
        }
    }

    private async Task<T> RunAsync<T>(string operation, Func<IDatabase, Task<T>> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await work(connection.GetDatabase());
        }
        catch (RedisException ex)
        {
            throw new RedisStoreException(operation, ex);
        }
    }
}
