using ResidencyAdvisor.Core.Conversations;

namespace ResidencyAdvisor.Storage.Tests.Contract;

/// <summary>
/// The posted-message half of the contract: the ids of the bot's messages to a student are kept beside the
/// conversations, so forget on any instance can redact them, and they go when the student or the workspace goes.
/// </summary>
public abstract partial class ConversationStoreContract
{
    private IPostedMessageStore? _posted;

    protected IPostedMessageStore PostedMessages => _posted ??= CreatePostedMessages();

    protected abstract IPostedMessageStore CreatePostedMessages();

    /// <summary>Runs the posted-message store's own purge, where it has one.</summary>
    protected virtual Task<int> PurgeExpiredPostedMessagesAsync() => Task.FromResult(0);

    private static PostedMessage Posted(string team, string user, int n) =>
        new(new ConversationKey("slack", team, user), "D" + user, $"1712345678.{n:D6}");

    private async Task<List<string>> TakeIdsAsync(string user, string platform = "slack") =>
        [.. (await PostedMessages.TakeAllAsync(platform, user, default)).Select(m => $"{m.Key.Scope}/{m.Channel}/{m.MessageId}")];

    [StoreFact]
    public async Task Posted_messages_come_back_oldest_first_with_their_channel_and_only_once()
    {
        var user = "U" + Guid.NewGuid().ToString("N");
        for (var n = 1; n <= 3; n++)
        {
            await PostedMessages.AddAsync(Posted("T1", user, n), default);
        }

        Assert.Equal(
            [$"T1/D{user}/1712345678.000001", $"T1/D{user}/1712345678.000002", $"T1/D{user}/1712345678.000003"],
            await TakeIdsAsync(user));
        Assert.Empty(await TakeIdsAsync(user));
    }

    [StoreFact]
    public async Task Taking_a_students_messages_takes_every_workspace_of_theirs_and_nobody_elses()
    {
        var user = "U" + Guid.NewGuid().ToString("N");
        await PostedMessages.AddAsync(Posted("T1", user, 1), default);
        await PostedMessages.AddAsync(Posted("T2", user, 2), default);
        await PostedMessages.AddAsync(Posted("T1", "X" + user, 3), default);
        await PostedMessages.AddAsync(Posted("T1", user + "X", 4), default);
        await PostedMessages.AddAsync(new PostedMessage(new ConversationKey("discord", "T1", user), "C1", "5"), default);

        var taken = await TakeIdsAsync(user);

        Assert.Equal([$"T1/D{user}/1712345678.000001", $"T2/D{user}/1712345678.000002"], taken.Order(StringComparer.Ordinal));
        Assert.Single(await TakeIdsAsync("X" + user));
        Assert.Single(await TakeIdsAsync(user + "X"));
        Assert.Equal(["T1/C1/5"], await TakeIdsAsync(user, "discord"));
    }

    [StoreFact]
    public async Task A_conversation_keeps_only_its_newest_200_posted_messages()
    {
        var user = "U" + Guid.NewGuid().ToString("N");
        for (var n = 1; n <= IPostedMessageStore.MaxPerConversation + 5; n++)
        {
            await PostedMessages.AddAsync(Posted("T1", user, n), default);
        }

        var taken = await TakeIdsAsync(user);

        Assert.Equal(200, taken.Count);
        Assert.Equal($"T1/D{user}/1712345678.000006", taken[0]);
        Assert.Equal($"T1/D{user}/1712345678.000205", taken[^1]);
    }

    [StoreFact]
    public async Task Each_new_message_keeps_a_students_list_for_another_retention_period()
    {
        var user = "U" + Guid.NewGuid().ToString("N");
        await PostedMessages.AddAsync(Posted("T1", user, 1), default);
        await LetTimePassAsync(Retention * 0.6);
        await PostedMessages.AddAsync(Posted("T1", user, 2), default);
        await LetTimePassAsync(Retention * 0.6);

        Assert.Equal([$"T1/D{user}/1712345678.000001", $"T1/D{user}/1712345678.000002"], await TakeIdsAsync(user));
    }

    [StoreFact]
    public async Task A_list_untouched_for_longer_than_the_retention_is_gone()
    {
        var user = "U" + Guid.NewGuid().ToString("N");
        await PostedMessages.AddAsync(Posted("T1", user, 1), default);
        await PostedMessages.AddAsync(Posted("T1", user, 2), default);
        await LetTimePassAsync(Retention * 1.3);

        var purged = await PurgeExpiredPostedMessagesAsync();

        Assert.Equal(PurgeCountsExpired ? 2 : 0, purged);
        Assert.Empty(await TakeIdsAsync(user));
    }

    [StoreFact]
    public async Task Forgetting_a_team_erases_its_posted_messages_and_nothing_else()
    {
        var user = "U" + Guid.NewGuid().ToString("N");
        await Installations.SaveAsync(Workspace("T1"), default);
        await PostedMessages.AddAsync(Posted("T1", user, 1), default);
        await PostedMessages.AddAsync(Posted("T10", user, 2), default);

        await Installations.DeleteAsync("slack", "T1", default);

        Assert.Equal([$"T10/D{user}/1712345678.000002"], await TakeIdsAsync(user));
    }
}
