namespace ResidencyAdvisor.Slack.Tests.Conversations;

/// <summary>A posted-message store whose backend is down: every call fails as a lost connection would.</summary>
internal sealed class UnreachablePostedMessageStore : IPostedMessageStore
{
    public Task AddAsync(PostedMessage message, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("store down: " + message.Key);

    public Task<IReadOnlyList<PostedMessage>> TakeAllAsync(string platform, string userId, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("store down: " + userId);
}
